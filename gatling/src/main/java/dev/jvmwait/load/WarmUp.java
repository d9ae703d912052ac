package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The warm-up before a target's first step, in two phases, each until the target is steady ({@link SteadyState})
 * or its cap:
 * <ol>
 *   <li><b>paths</b>: every request the run's steps will send, with the shortest wait and a small fibonacci, round
 *   robin from {@value #PATH_USERS} users back-to-back: thousands of requests a second, so that C2 compiles every
 *   endpoint's code in seconds, where a step's own rate (400 a second for a pool of 200 at 500 ms) would leave it
 *   compiling through the steps; steady once the server's JIT is quiet (the mix's throughput moves with the mix);</li>
 *   <li><b>io</b>: the requests the {@code io} steps send, with their wait, at their top concurrency: the sleep, park
 *   and timer paths, and a thousand connections in flight, compiled; steady once the server's JIT is quiet and the
 *   throughput stopped rising.</li>
 * </ol>
 * Not measured; {@link #write} saves what each phase found.
 */
final class WarmUp {

    /**
     * Enough users to keep a zero-delay server busy, few enough that its JIT gets the core: the OS shares a core among
     * runnable threads, and 32 busy request threads would leave C1 and C2 a sixteenth of it.
     */
    static final int PATH_USERS = 4;
    /** The fibonacci the paths phase asks for where a step computes one: the same code, a fraction of the time. */
    static final int PATH_N = 15;
    /**
     * The wait the paths phase asks for where a step waits: the shortest there is, so that requests come fast, but a wait,
     * so that the code that waits (a timer, a sleep, a park, three lookups at once) is the code that gets compiled.
     */
    static final int PATH_WAIT_MS = 1;

    /** What the two phases found. */
    record Outcome(SteadyState.Result paths, SteadyState.Result io) {
    }

    private final Knobs io;
    private final int ioUsers;
    private final List<Function<Session, String>> paths;
    private final AtomicInteger next = new AtomicInteger();
    private final SteadyState pathsWarm;
    private final SteadyState ioWarm;

    /** {@code capS}: the most each phase takes; {@code scenarios}: those whose requests the paths phase sends. */
    WarmUp(double capS, SteadyState.JitClock serverJit, List<Scenario> scenarios) {
        this.io = Knobs.of(Scenario.IO);
        this.ioUsers = io.users().stream().mapToInt(Integer::intValue).max().orElseThrow();
        this.paths = scenarios.stream().filter(Scenario::needsWarmServer).flatMap(scenario -> scenario.steps(Knobs.of(scenario).withWaitAndN(PATH_WAIT_MS, PATH_N)).stream())
                .map(Step::path).toList();
        this.pathsWarm = new SteadyState("paths", capS, PATH_USERS, false, serverJit, SteadyState.JitClock.self());
        this.ioWarm = new SteadyState("io", capS, ioUsers, true, serverJit, SteadyState.JitClock.self());
    }

    /** The paths phase, then the io phase: each phase's users start at once and loop until it is steady. */
    PopulationBuilder population(HttpProtocolBuilder protocol) {
        int delayMs = io.delayMs();
        PopulationBuilder pathsPhase = scenario("warm-up paths")
                .exec(loop(pathsWarm, "warm-up paths", session -> paths.get(Math.floorMod(next.getAndIncrement(), paths.size()))
                        .apply(session)))
                .injectOpen(atOnceUsers(PATH_USERS)).protocols(protocol);
        PopulationBuilder ioPhase = scenario("warm-up io")
                .exec(loop(ioWarm, "warm-up io", session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs))
                .injectOpen(atOnceUsers(ioUsers)).protocols(protocol);
        return pathsPhase.andThen(ioPhase);
    }

    private static ChainBuilder loop(SteadyState warm, String name, Function<Session, String> path) {
        return exec(session -> {
            warm.startOnce();
            return session;
        }).asLongAs(session -> warm.running()).on(exec(http(name).get(path).check(status().is(200)))
                .exec(session -> {
                    warm.answered();
                    return session;
                }));
    }

    void write(Path file) throws IOException {
        new JsonMapper().writeValue(file.toFile(), new Outcome(pathsWarm.result(), ioWarm.result()));
    }

    /** Reads what a warm-up wrote. */
    static Outcome read(Path file) throws IOException {
        return new JsonMapper().readValue(file.toFile(), Outcome.class);
    }
}
