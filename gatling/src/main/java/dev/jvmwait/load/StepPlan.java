package dev.jvmwait.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a scenario's steps into one Gatling run: the steps run one after the other ({@code andThen}),
 * each with its own warm-up, and the probe, if any step wants it, runs beside them all. Every answer's
 * response time is recorded under its request's name, and {@link #writeRecords} writes each step's
 * {@link StepRecord} once Gatling has run them.
 */
public final class StepPlan {

    /** Session keys of the request being timed. */
    private static final String NAME = "requestName";
    private static final String SENT_MS = "sentMs";
    private static final String RESPONSE_MS = "responseMs";

    /** The open model stops once a step's p99 exceeds this many waits (or it has errors): past the limit. */
    static final double PAST_LIMIT_WAITS = 2.0;

    private final Knobs knobs;
    private final List<StepClock> clocks;
    private final long warmMs;
    private final long measureMs;

    /** The steps of a scenario, with the knobs of this run ({@link Knobs#of(Scenario)}). */
    public StepPlan(Scenario scenario) {
        this(Knobs.of(scenario), scenario);
    }

    StepPlan(Knobs knobs, Scenario scenario) {
        this.knobs = knobs;
        this.warmMs = Math.round(knobs.warmS() * 1000);
        this.measureMs = Math.round(knobs.stepS() * 1000);
        this.clocks = scenario.steps(knobs).stream().map(step -> new StepClock(step, warmMs, measureMs)).toList();
    }

    /**
     * What makes the run fail: with {@code failOnErrors} (a smoke run), any failed request, whether measured,
     * warm-up or probe. Gatling then exits with its "assertions failed" status.
     */
    public List<Assertion> assertions() {
        return knobs.failOnErrors() ? List.of(global().failedRequests().count().is(0L)) : List.of();
    }

    /** Keep-alive connections, one per virtual user; no warm-up request to a public site. */
    private HttpProtocolBuilder protocol() {
        return http.baseUrl(knobs.baseUrl())
                .disableWarmUp()
                .acceptHeader("application/json")
                .disableCaching();
    }

    /** Closed model: each step's users loop back-to-back until the step's window ends. */
    public List<PopulationBuilder> closed() {
        List<PopulationBuilder> populations = new ArrayList<>();
        for (StepClock clock : clocks) {
            int users = clock.step().users();
            // Gatling's ramp misbehaves below a second, so a short warm-up starts its users at once.
            long rampMs = warmMs >= 2000 ? 1000 : 0;
            var scenario = scenario("step " + clock.step().label())
                    .exec(session -> {
                        clock.startOnce();
                        return session;
                    })
                    .asLongAs(session -> clock.running()).on(timed(clock, session -> clock.requestName(), clock.step().path()));
            populations.add(scenario.injectOpen(rampMs > 0 ? rampUsers(users).during(Duration.ofMillis(rampMs))
                    : atOnceUsers(users)).protocols(protocol()));
        }
        return chain(populations);
    }

    /**
     * Open model: each step sends its rate of new requests. Once a step's p99 exceeds twice the delay or
     * it has errors, the next step stops the run: the service is past its limit.
     */
    public List<PopulationBuilder> open() {
        List<PopulationBuilder> populations = new ArrayList<>();
        StepClock previous = null;
        for (StepClock clock : clocks) {
            StepClock before = previous;
            double limitMs = PAST_LIMIT_WAITS * clock.step().delayMs();
            var scenario = scenario("step " + clock.step().label())
                    .exec(stopLoadGeneratorIf(
                            session -> "step before " + clock.step().label() + " was past the limit",
                            session -> before != null && before.pastLimit(limitMs)))
                    .exec(session -> {
                        clock.startOnce();
                        return session;
                    })
                    .exec(timed(clock, session -> clock.requestName(), clock.step().path()));
            populations.add(scenario.injectOpen(constantUsersPerSec(clock.step().rate())
                    .during(injection())).protocols(protocol().shareConnections()));
            previous = clock;
        }
        return chain(populations);
    }

    /**
     * How long an open injection lasts: the warm-up and the window, rounded up to whole seconds, since
     * Gatling's constant-rate injection drops a fraction of a second. The clock, not the injection,
     * decides which requests are measured.
     */
    private Duration injection() {
        return Duration.ofSeconds((warmMs + measureMs + 999) / 1000);
    }

    /**
     * One GET that must answer 200, its response time recorded in the step's clock under the name Gatling
     * gave the request: the time Gatling measured when an answer came, else (refused, timed out) the time
     * from just before the request to just after it failed.
     */
    private static ChainBuilder timed(StepClock clock, Function<Session, String> name, Function<Session, String> path) {
        return exec(session -> session.markAsSucceeded().remove(RESPONSE_MS)
                        .set(NAME, name.apply(session)).set(SENT_MS, System.currentTimeMillis()))
                .exec(http(session -> session.getString(NAME)).get(path)
                        .check(responseTimeInMillis().saveAs(RESPONSE_MS), status().is(200)))
                .exec(session -> {
                    long millis = session.contains(RESPONSE_MS) ? session.getLong(RESPONSE_MS)
                            : System.currentTimeMillis() - session.getLong(SENT_MS);
                    clock.record(session.getString(NAME), millis, session.isFailed());
                    return session;
                });
    }

    /** Appends each step's record to the file {@code -Drecords} names (else prints them): call it from {@code after()}. */
    public void writeRecords() {
        String file = System.getProperty("records");
        clocks.stream().map(StepClock::record).filter(Objects::nonNull).forEach(record -> {
            if (file == null || file.isBlank()) {
                System.out.println("step " + record);
            } else {
                record.appendTo(Path.of(file));
            }
        });
    }

    /**
     * Step 1 andThen (step 2 andThen (...)): each step starts once the one before has finished. A step
     * with the probe starts it beside itself, for its own warm-up and window, so the probe covers every
     * step however long the one before took to drain.
     */
    private List<PopulationBuilder> chain(List<PopulationBuilder> populations) {
        List<PopulationBuilder> following = List.of();
        for (int i = populations.size() - 1; i >= 0; i--) {
            PopulationBuilder step = following.isEmpty() ? populations.get(i) : populations.get(i).andThen(following);
            following = next(i, step);
        }
        return following;
    }

    /** The populations that start together at step {@code i}: the step, and its probe if it has one. */
    private List<PopulationBuilder> next(int i, PopulationBuilder step) {
        StepClock clock = clocks.get(i);
        if (!clock.step().probe()) {
            return List.of(step);
        }
        var probe = scenario("probe " + clock.step().label())
                .exec(timed(clock, session -> clock.measuring() ? "probe " + clock.step().label() : "probe idle",
                        session -> "/api/users/1?delayMs=0"));
        return List.of(step, probe.injectOpen(constantUsersPerSec(knobs.probeRps()).during(injection()))
                .protocols(protocol().shareConnections()));
    }
}
