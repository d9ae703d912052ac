package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The warm-up before a target's first step: the requests the {@code io} steps send (their wait, their top
 * concurrency), in a loop, until the throughput stops rising ({@link SteadyState}) or the cap
 * ({@code -DwarmUpCapS}) is reached. Not measured; writes its {@link SteadyState.Result} as JSON to
 * {@code -Drecords}.
 */
public class WarmUpSimulation extends Simulation {

    private final Knobs knobs = Knobs.of(Scenario.IO);
    private final int users = knobs.users().stream().mapToInt(Integer::intValue).max().orElseThrow();
    private final SteadyState warm = new SteadyState(Double.parseDouble(System.getProperty("warmUpCapS", "30")), users);

    {
        int delayMs = knobs.delayMs();
        var load = scenario("warm-up")
                .exec(session -> {
                    warm.startOnce();
                    return session;
                })
                .asLongAs(session -> warm.running()).on(exec(http("warm-up")
                        .get(session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs).check(status().is(200)))
                        .exec(session -> {
                            warm.answered();
                            return session;
                        }));
        setUp(load.injectOpen(atOnceUsers(users)).protocols(http.baseUrl(knobs.baseUrl()).disableWarmUp()
                .acceptHeader("application/json").disableCaching()));
    }

    @Override
    public void after() {
        String file = System.getProperty("records");
        try {
            if (file != null && !file.isBlank()) {
                new JsonMapper().writeValue(Path.of(file).toFile(), warm.result());
            } else {
                System.out.println("warm-up " + warm.result());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what a warm-up wrote. */
    public static SteadyState.Result read(Path file) throws IOException {
        return new JsonMapper().readValue(file.toFile(), SteadyState.Result.class);
    }
}
