package dev.jvmwait.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns scenarios' steps into one Gatling run: every step of every scenario, one after the other ({@code andThen}; the
 * past-capacity experiment's open steps by the clock instead, {@link #populations}), each with its own warm-up, and
 * beside a step that wants it, the probe. One run for all of a target's scenarios
 * keeps the load generator's JIT warm from one scenario to the next and pays Gatling's start and report once.
 * Every answer's response time is recorded under its request's name, and {@link #writeRecords} writes each step's
 * {@link StepRecord} once Gatling has run them.
 */
public final class StepPlan {

    /** Session keys of the request being timed. */
    private static final String NAME = "requestName";
    private static final String SENT_MS = "sentMs";
    private static final String RESPONSE_MS = "responseMs";
    /** Where a step sorts its answers by outcome: the status, and whether a Retry-After came with it. */
    private static final String STATUS = "status";
    private static final String RETRY_AFTER = "retryAfter";
    /** How often a shutdown step's user that had its first answer looks whether the others have had theirs. */
    private static final long TOGETHER_POLL_MS = 5;
    /** A shutdown step's user has sent its request after SIGTERM: it stops once that is answered. */
    private static final String SENT_AFTER_SIGNAL = "sentAfterSignal";

    /** An open ladder skips its next steps once a step's p99 exceeds this many waits (or it has errors): past the limit. */
    static final double PAST_LIMIT_WAITS = 2.0;

    private final Knobs knobs;
    private final List<StepClock> clocks = new ArrayList<>();
    private int reported;

    /** The steps of one scenario, with the knobs of this run ({@link Knobs#of(Scenario)}). */
    public StepPlan(Scenario scenario) {
        this(List.of(scenario));
    }

    /** The steps of these scenarios, in this order, each with its knobs in this run. */
    public StepPlan(List<Scenario> scenarios) {
        this(scenarios.stream().map(Knobs::of).toList(), scenarios);
    }

    /** {@code knobs}: each scenario's, in the same order; the profile's (address, probe, errors) are the first's. */
    StepPlan(List<Knobs> knobs, List<Scenario> scenarios) {
        this.knobs = knobs.getFirst();
        SteadyState.JitClock serverJit = SteadyState.JitClock.server();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            Knobs own = knobs.get(i);
            long measureMs = Math.round(own.stepS() * 1000);
            for (Step step : scenario.steps(own)) {
                clocks.add(new StepClock(scenario.label(), step, rampMs(scenario, own, step), warmMs(scenario, own, step),
                        measureMs, serverJit, jitWaitCapMs(scenario, own, step)));
            }
        }
    }

    /**
     * What makes the run fail: with {@code failOnErrors} (a smoke run), any failed request, whether measured,
     * warm-up or probe. Gatling then exits with its "assertions failed" status.
     */
    public List<Assertion> assertions() {
        // Past capacity, a refusal or a connection refused after SIGTERM is the experiment's answer: Measure judges
        // those steps' outcomes by kind instead.
        boolean sorted = clocks.stream().anyMatch(StepClock::sortsOutcomes);
        return knobs.failOnErrors() && !sorted ? List.of(global().failedRequests().count().is(0L)) : List.of();
    }

    /** Keep-alive connections, one per virtual user; no warm-up request to a public site. */
    HttpProtocolBuilder protocol() {
        return http.baseUrl(knobs.baseUrl())
                .disableWarmUp()
                .acceptHeader("application/json")
                .disableCaching();
    }

    /**
     * Every step in turn, by its model: a closed step's users loop back-to-back until its window ends; an open step
     * sends its rate of new requests for its warm-up and window. In the {@code open} ladder, a step after one that
     * went past its limit sends nothing: the service is past it.
     */
    public List<PopulationBuilder> populations() {
        List<Together> steps = new ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            StepClock clock = clocks.get(i);
            StepClock before = i > 0 && clocks.get(i - 1).scenario().equals(clock.scenario()) ? clocks.get(i - 1) : null;
            if (scheduled(clock)) {
                // Past capacity, the ladder's steps follow each other by the clock, not once the step before has
                // drained: a queue past capacity takes the client's timeout to drain, and each hand-over would cost
                // Gatling's injector a second of its own.
                List<PopulationBuilder> block = new ArrayList<>();
                long offsetMs = 0;
                for (; i < clocks.size() && scheduled(clocks.get(i)); i++) {
                    block.add(population(clocks.get(i), null, offsetMs));
                    offsetMs += injection(clocks.get(i)).toMillis();
                }
                i--;
                // Started together, each after its offset; a step after them follows the last.
                steps.add(new Together(block.getLast(), block.subList(0, block.size() - 1), null));
                continue;
            }
            boolean ladder = clock.scenario().equals(Scenario.OPEN.label()) && before != null;
            steps.add(withProbe(clock, population(clock, ladder ? before : null, 0)));
        }
        return chain(steps);
    }

    /**
     * Whether this step is one of the past-capacity experiment's ladder, the capacity measured again among them included:
     * it starts by the clock when the one before it ends, its warm-up and window, and so opens its window by the clock
     * too, never waiting for a quiet JIT (the capacity measured again did, up to 15 s, while the next step's arrivals had
     * begun: on a standalone run's JIT, 12 of 38 such steps on 2026-11-30, goodput down to nothing). Not the steps that
     * compile or settle, which end when they end: the hand-over second after each is the JIT's (a capacity step started
     * by the clock right after {@code compile} settled later: docs/HARNESS.md, "Past capacity").
     */
    private static boolean scheduled(StepClock clock) {
        return scheduled(clock.scenario(), clock.step());
    }

    private static boolean scheduled(String scenario, Step step) {
        return scenario.equals(Scenario.OVERLOAD.label()) && !step.compiles() && !step.settles();
    }

    /** The most a step waits for a quiet JIT before its window opens: its scenario's cap, or none if it is {@link #scheduled}. */
    static long jitWaitCapMs(Scenario scenario, Knobs knobs, Step step) {
        return scheduled(scenario.label(), step) ? 0 : Math.round(knobs.jitWaitCapS() * 1000);
    }

    /**
     * One step's users; with {@code pastLimitSkips}, they send nothing if that step went past its limit; an open step
     * starts {@code offsetMs} after the population's start. Its first user sets the service's bound if the step has one.
     */
    private PopulationBuilder population(StepClock clock, StepClock pastLimitSkips, long offsetMs) {
        Step step = clock.step();
        ChainBuilder request = exec(session -> {
            if (clock.startOnce()) {
                clock.setBound(knobs.baseUrl());
                reportDoneBefore(clock);
            }
            return session;
        });
        if (step.users() != null) {
            long rampMs = clock.rampMs();
            ChainBuilder each = timed(clock, clock::requestName, step.path());
            if (clock.signals()) {
                // The shutdown's users: a first request each, then they wait for each other (a cold service answers its
                // first requests over a few hundred ms) and send the next together; SIGTERM half a wait later.
                request = request.exec(each).exec(session -> {
                    clock.answeredOnce();
                    return session;
                }).asLongAs(session -> !clock.everyUserAnsweredOnce()).on(pause(Duration.ofMillis(TOGETHER_POLL_MS)));
            }
            if (step.paceMs() != null) {
                request = request.pause(phases(step.users(), rampMs, step.paceMs()));
            }
            request = request.asLongAs(session -> clock.running() && !session.contains(SENT_AFTER_SIGNAL))
                    .on(step.paceMs() == null ? each : pace(Duration.ofMillis(step.paceMs())).exec(each));
            OpenInjectionStep users = rampMs > 0 ? rampUsers(step.users()).during(Duration.ofMillis(rampMs))
                    : atOnceUsers(step.users());
            return scenario(clock.scenario() + " " + step.label()).exec(request)
                    .injectOpen(offsetMs > 0 ? List.of(nothingFor(Duration.ofMillis(offsetMs)), users) : List.of(users))
                    .protocols(step.compiles() ? protocol().connectionHeader(session -> ThreadLocalRandom.current().nextBoolean()
                            ? "close" : "keep-alive") : protocol());
        }
        request = request.exec(timed(clock, clock::requestName, step.path()));
        if (pastLimitSkips != null) {
            double limitMs = PAST_LIMIT_WAITS * step.delayMs();
            request = doIf(session -> !pastLimitSkips.pastLimit(limitMs)).then(request);
        }
        OpenInjectionStep arrivals = constantUsersPerSec(step.rate()).during(injection(clock));
        return scenario(clock.scenario() + " " + step.label()).exec(request)
                .injectOpen(offsetMs > 0 ? List.of(nothingFor(Duration.ofMillis(offsetMs)), arrivals) : List.of(arrivals))
                .protocols(protocol().shareConnections());
    }

    /**
     * Each paced user's pause before its first request, so that the users' requests come evenly spread over their pace:
     * the i-th user to start (ramped over {@code rampMs}, so started i × rampMs ÷ users in) sends at i × paceMs ÷ users
     * past a multiple of its pace. Without it, 20 users ramped over 1 s at a 10 ms pace all start on a multiple of 10
     * ms and send together, 20 requests at once every 10 ms, and what a request costs the server then depends on how
     * many of them it takes in one wake-up, which moved with the load generator's own timing from run to run.
     */
    static Function<Session, Duration> phases(int users, long rampMs, int paceMs) {
        AtomicInteger started = new AtomicInteger();
        long paceNs = paceMs * 1_000_000L;
        long stepNs = (paceNs - rampMs * 1_000_000L) / users; // per user: where it should sit, less where its start put it
        return session -> Duration.ofNanos(Math.floorMod(started.getAndIncrement() * stepNs, paceNs));
    }

    /**
     * How long a closed step's users take to start: spread over a second if their requests wait (or pace), so that they do
     * not all send and wait in lock-step (a burst of every user at once per wait measures a queue the style does not
     * have); at once if not, or if the profile warms its steps less than a second (a smoke run only checks answers), or
     * in the shutdown's step, whose users keep in step so that none sends a request near SIGTERM ({@link #warmMs}).
     * Whole seconds: Gatling leaves a ramp shorter than a second waiting forever. A ramp alone does not put paced users
     * out of step where their pace divides their spacing on it (20 users over a second at a 10 ms pace): their first
     * pause does ({@link #phases}).
     */
    static long rampMs(Scenario scenario, Knobs knobs, Step step) {
        boolean waits = step.delayMs() != null && step.delayMs() > 0 || step.paceMs() != null;
        return scenario != Scenario.SHUTDOWN && step.users() != null && waits && knobs.warmS() >= 1 ? 1000 : 0;
    }

    /**
     * A step's unmeasured start: the profile's warm-up, and at least the ramp and one wait more, so that every user
     * has connected and sent a request before the window opens, and the window does not count connections opened.
     * The shutdown's window, which opens with SIGTERM, opens half a wait after its users, each answered once on its
     * connection, sent their second requests together ({@link StepClock#answeredOnce}): no request is sent within half
     * a wait of the signal, before or after it. (With the users spread over a second, SIGTERM fell near some user's
     * next request, and whether that one was in flight or sent after it was a race with the server's shutdown; started
     * at once without waiting for each other, a cold service's first answers spread over 0.4 s, and so did that race.)
     */
    static long warmMs(Scenario scenario, Knobs knobs, Step step) {
        if (scenario == Scenario.SHUTDOWN) {
            return step.delayMs() / 2;
        }
        long warmMs = Math.max(Math.round(knobs.warmS() * step.warmTimes() * 1000),
                rampMs(scenario, knobs, step) + (step.delayMs() == null ? 0 : step.delayMs()));
        return step.settles() && knobs.jitWaitCapS() > 0 ? Math.max(SETTLE_MIN_MS, warmMs) : warmMs;
    }

    /**
     * The least warm-up of a settling step ({@link Step#settling()}), before its steady rule is asked: a service started
     * seconds before, under a load that fills its core, still compiles for some 20 s, with pauses of a second or two that
     * the rule took for steady (a capacity measured after 6 s read 145 rps where the same process served 189 later).
     */
    static final long SETTLE_MIN_MS = 5_000;

    /**
     * How long an open injection lasts: the warm-up and the window, rounded up to whole seconds, since
     * Gatling's constant-rate injection drops a fraction of a second. The clock, not the injection,
     * decides which requests are measured.
     */
    private static Duration injection(StepClock clock) {
        return Duration.ofSeconds((clock.warmMs() + clock.measureMs() + 999) / 1000);
    }

    /**
     * One GET, its response time recorded in the step's clock under the name Gatling gave the request: the time Gatling
     * measured when an answer came, else (refused, timed out) the time from just before the request to just after it
     * failed. It must answer 200, except in a step that sorts its answers ({@link StepClock#sortsOutcomes()}: past
     * capacity a refusal is an answer, not a failure of the load generator), where the clock records each by outcome.
     */
    private static ChainBuilder timed(StepClock clock, Supplier<String> name, Function<Session, String> path) {
        boolean sorts = clock.sortsOutcomes();
        long timeoutMs = Scenario.named(clock.scenario()).requestTimeoutMs();
        HttpRequestActionBuilder get = http(session -> session.getString(NAME)).get(path)
                .requestTimeout(Duration.ofMillis(timeoutMs));
        get = sorts ? get.check(responseTimeInMillis().saveAs(RESPONSE_MS), status().saveAs(STATUS),
                        header("Retry-After").optional().saveAs(RETRY_AFTER))
                : get.check(responseTimeInMillis().saveAs(RESPONSE_MS), status().is(200));
        return exec(session -> session.markAsSucceeded().remove(RESPONSE_MS).remove(STATUS).remove(RETRY_AFTER)
                        .set(NAME, name.get()).set(SENT_MS, System.currentTimeMillis()))
                .exec(get)
                .exec(session -> {
                    long millis = session.contains(RESPONSE_MS) ? session.getLong(RESPONSE_MS)
                            : System.currentTimeMillis() - session.getLong(SENT_MS);
                    if (!sorts) {
                        clock.record(session.getString(NAME), millis, session.isFailed());
                        return session;
                    }
                    Outcome outcome = Outcome.of(session.contains(STATUS) ? session.getInt(STATUS) : null,
                            session.contains(RETRY_AFTER), millis, timeoutMs);
                    boolean afterSignal = clock.recordSorted(session.getString(NAME), millis, outcome);
                    return afterSignal ? session.set(SENT_AFTER_SIGNAL, true) : session;
                });
    }

    /** Tells {@link Progress} of every step before this one not told of yet, in order: those are done. */
    private synchronized void reportDoneBefore(StepClock clock) {
        int upTo = clock == null ? clocks.size() : clocks.indexOf(clock);
        for (; reported < upTo; reported++) {
            StepRecord record = clocks.get(reported).record();
            if (record != null) {
                Progress.stepDone(record);
            }
        }
    }

    /** Appends each step's record to the file {@code -Drecords} names (else prints them): call it from {@code after()}. */
    public void writeRecords() {
        reportDoneBefore(null);
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
     * A step's populations: its users; beside them, the probe if it has one; before them, for a step that reads the
     * server's memory, one user that reads it with nothing in flight.
     */
    private record Together(PopulationBuilder step, List<PopulationBuilder> beside, PopulationBuilder before) {
    }

    private Together withProbe(StepClock clock, PopulationBuilder step) {
        List<PopulationBuilder> beside = new ArrayList<>();
        if (clock.step().probe()) {
            // Arrivals at a steady rate, whatever the answers' pace, for the step's warm-up and window; none once it ended.
            beside.add(scenario(clock.scenario() + " probe " + clock.step().label())
                    .exec(doIf(session -> clock.running()).then(timed(clock, clock::probeName, session -> "/api/users/1?delayMs=0")))
                    .injectOpen(constantUsersPerSec(knobs.probeRps()).during(injection(clock)))
                    .protocols(protocol().shareConnections()));
        }
        PopulationBuilder before = null;
        if (clock.readsMemoryBefore()) {
            before = scenario(clock.scenario() + " idle memory " + clock.step().label()).exec(session -> {
                clock.readIdleMemory();
                return session;
            }).injectOpen(atOnceUsers(1));
        }
        return new Together(step, beside, before);
    }

    /**
     * Step 1 andThen (step 2 andThen (...)): each step starts once the users of the one before have finished, its probe
     * beside it, so the probe covers every step however long the one before took to drain. (A block of steps run by the
     * clock is one such step: its last population is its {@code step}, the others {@code beside} it; a step after the
     * block would start once the last one's users have finished.)
     */
    private static List<PopulationBuilder> chain(List<Together> steps) {
        List<PopulationBuilder> following = List.of();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Together step = steps.get(i);
            List<PopulationBuilder> together = new ArrayList<>();
            together.add(following.isEmpty() ? step.step() : step.step().andThen(following));
            together.addAll(step.beside());
            following = step.before() == null ? together : List.of(step.before().andThen(together));
        }
        return following;
    }
}
