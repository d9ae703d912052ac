package dev.jvmwait.report;

import static dev.jvmwait.report.OverloadSeries.BASELINE;
import static dev.jvmwait.report.OverloadSeries.count;
import static dev.jvmwait.report.OverloadSeries.factor;

import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lesson 8: offered more than it can serve, a service without a bound on requests in flight queues them until latency,
 * memory or connections give way; with the bound ({@code MAX_IN_FLIGHT}) it refuses the excess at once (503 with
 * Retry-After) and goes on serving about its capacity at its usual latency. Each target is judged on its two
 * {@link OverloadSeries} at twice and four times its capacity, each against itself at half of it.
 */
public final class OverloadLesson implements Lesson {

    /** The load factors the verdict rests on. */
    static final List<Double> PAST_CAPACITY = List.of(2.0, 4.0);
    /** Collapse without the bound: the successes' p99 at least this many times the baseline's … */
    static final double COLLAPSE_P99_FACTOR = 5;
    /** … or errors other than refusals above this share of the requests (also the most the bound may let through). */
    static final double ERROR_SHARE = 0.01;
    /** With the bound: goodput at least this share of capacity … */
    static final double GOODPUT_SHARE = 0.80;
    /** … at a p99 at most this many times the bounded series' own baseline. */
    static final double BOUNDED_P99_FACTOR = 2;
    /**
     * Goodput past capacity without the bound above this multiple of the measured capacity: it was underestimated. (The
     * harness runs the bounded series again where the capacity measured after it exceeds the first by this much.)
     */
    public static final double CAPACITY_SLACK = 1.25;
    /**
     * A step whose core computed below this share of its speed in the capacity step (core_speed) ran on a slower machine.
     * The probe reads a slowdown smaller than the requests feel it: in five runs on 2026-11-30 (10:42-12:11 UTC) every
     * overload step that cost 1.34× its process's cheapest closed step or more read its core at 83-94% of that step's
     * speed, and all but 2 of some 60 within 1.1× of it read 96-113%.
     */
    static final double CORE_SLOWED = 0.95;
    /**
     * A target whose process served flat out (the higher of its two capacity steps) below this share of the run's median
     * target did ran on a slower machine: every target is sent the same request, whose fibonacci is some 4 ms of CPU
     * where the stacks' own cost differs by 0.05-0.15 ms (lesson 6). In nine runs of 2026-11-30 and 12-01 (20:13-04:19
     * UTC, stored) a target's came within 0.93-1.08 of its run's median (1.21 where two slow processes of five pulled the
     * median down), except eight processes that ran slow, at 0.58-0.79 (139-190 rps against 240-258).
     */
    static final double PROCESS_SLOWED = 0.85;

    /** One part of the rule for one target: what it showed, which steps missed it, and what it could not judge. */
    private record Part(String label, List<String> said, List<String> missed, List<String> unknown) {

        Part(String label) {
            this(label, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** What it could not judge, said once however many load factors it held back. */
        void unknownOnce(String why) {
            if (!unknown.contains(why)) {
                unknown.add(why);
            }
        }

        String text() {
            return label + ": " + (said.isEmpty() ? "not measured" : String.join("; ", said));
        }
    }

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        String past = String.join(" and ", PAST_CAPACITY.stream().map(OverloadSeries::factor).toList());
        List<String> rules = List.of(
                "Capacity is what the target served flat out (the `capacity` step, closed model); the ladder offers"
                        + " multiples of it (the load factor) as open arrivals, and the bound is Little's law at it. Where"
                        + " the run measured the capacity again right after the bounded steps (`capacity-after`), they"
                        + " are judged against the lower of the two: the bound cannot let through more than the first,"
                        + " and a shared machine's speed drifts within a minute. Goodput is the successful answers (2xx) a"
                        + " second, p99 that of the successes only; errors are timeouts, connection errors and other errors"
                        + " (5xx, 4xx, a 503 without Retry-After): a refusal (503 with Retry-After) is not an error.",
                "Without the bound, at both " + past + " the service collapsed: p99 ≥ " + Figures.num(COLLAPSE_P99_FACTOR)
                        + " × the same series' p99 at " + factor(BASELINE) + " (where it has no step of its own there, the"
                        + " bounded series', if that refused nothing: the same service), or errors > " + Figures.pct(ERROR_SHARE)
                        + " of the requests sent, or it died at that step or an earlier one (a dead service's later steps"
                        + " count as collapsed).",
                "With the bound (MAX_IN_FLIGHT), at both " + past + ": goodput ≥ " + Figures.pct(GOODPUT_SHARE)
                        + " of capacity, p99 ≤ " + Figures.num(BOUNDED_P99_FACTOR) + " × the bounded series' own p99 at "
                        + factor(BASELINE) + ", and every refusal clean: no other error, and errors ≤ "
                        + Figures.pct(ERROR_SHARE) + " of the requests.",
                "Both hold → confirmed; either measured and missed → contradicted; a step either needs not measured (the"
                        + " bounded series, the " + factor(BASELINE) + " step, the capacity) → inconclusive, with what is"
                        + " missing. So is a capacity the service then beat by more than " + Figures.times2(CAPACITY_SLACK)
                        + " without the bound (goodput past capacity cannot exceed the true one): the capacity step"
                        + " measured a slower machine or a compiling JIT; a bounded step that missed only on goodput or"
                        + " p99 while the server's JIT took " + Figures.pct(WarmUpRule.COLD) + " of its core or more in"
                        + " its window (on one core a JVM still compiles in bursts a minute after it started), or that"
                        + " missed on goodput, p99 or timeouts alone while its core computed below "
                        + Figures.pct(CORE_SLOWED) + " of its speed in the capacity step or of the run's median reading,"
                        + " whichever is higher (core_speed: a probe on the server's core; a shared host slows it"
                        + " unannounced, for a step or for minutes), or while its process served flat out below "
                        + Figures.pct(PROCESS_SLOWED) + " of what the run's median target did (the higher of each one's two"
                        + " capacity steps: every target computes the same fibonacci of some 4 ms a request, which the"
                        + " stacks' own cost changes by a few percent, so a target far below the others ran on a slower"
                        + " machine, which the probe reads only in part); and a"
                        + " bounded step that held against the capacity measured after it but not against the one before,"
                        + " where the second is lower by more than " + Figures.times2(CAPACITY_SLACK) + ": the process slowed"
                        + " during the bounded steps, and whether the machine or the bound slowed it is not told apart.");
        TreeSet<Double> factors = new TreeSet<>();
        results.targets().forEach(t -> OverloadSeries.both(results, t)
                .forEach(s -> s.steps().forEach(m -> factors.add(m.median().loadFactor()))));
        List<String> headers = new ArrayList<>(List.of("target", "series", "capacity"));
        factors.forEach(f -> headers.add(factor(f)));
        headers.addAll(List.of("errors (not refusals)", "died", "peaks at the top step"));
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String target : results.targets()) {
            List<OverloadSeries> both = OverloadSeries.both(results, target);
            if (both.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no overload steps"));
                continue;
            }
            Optional<Flat> flat = Flat.of(results, target);
            Optional<ResultRow> flatOut = OverloadSeries.capacityAfter(results, target)
                    .or(() -> OverloadSeries.capacityStep(results, target));
            both.forEach(s -> rows.add(row(s, flat, factors)));
            verdicts.add(verdict(target, OverloadSeries.unbounded(results, target), OverloadSeries.bounded(results, target),
                    flat));
            notes.add(target + ": " + String.join("; ", both.stream().map(s -> behaviour(s, flat, flatOut)).toList()) + ".");
        }
        if (!rows.isEmpty()) {
            notes.add("p99 is of the successful requests alone: a service that fails fast can show a low one, so read it"
                    + " with the goodput and the errors beside it.");
        }
        boolean restarted = overloadRows(results).anyMatch(r -> Boolean.TRUE.equals(r.afterKill()));
        boolean measuredAgain = results.targets().stream().anyMatch(t -> OverloadSeries.capacityAfter(results, t).isPresent());
        if (restarted) {
            notes.add("Each bounded series ran in a service started right after the unbounded one had been killed with"
                    + " kill -9, on the same port (results.csv's after_kill).");
        }
        return new LessonResult(8, "Past capacity, a bound turns collapse into fast refusals",
                "Offered more than it can serve, a service without a bound takes every request and queues it, until its"
                        + " latency, its memory or its connections give way. Bounded on the requests in flight, it refuses"
                        + " the excess at once (503 with Retry-After) and goes on serving about its capacity at its usual"
                        + " latency.",
                "`overload`: each target's capacity measured flat out (the `capacity` step, closed model" + usersText(results)
                        + "), then open arrivals at multiples of it" + waitText(results) + (restarted
                        ? ", with no bound on the requests in flight (steps 0.5x … 4x); then the service is killed (kill -9),"
                                + " started again on the same port with MAX_IN_FLIGHT = N, and offered the same rates (steps"
                                + " 0.5x-bounded … 4x-bounded)."
                        : ", in the same process once warm: first with the bound MAX_IN_FLIGHT = N set on the running service"
                                + " (steps 0.5x-bounded … 4x-bounded), then" + (measuredAgain
                                ? " the capacity again (capacity-after), then"
                                : "") + " without the bound (2x, 4x), where it may die; then kill -9. At 0.5x the bound"
                                + " refuses nothing: that step serves both series.")
                        + " At each load factor the table gives offered → goodput (rps), the p99 of the successes, and the"
                        + " share of the requests refused.",
                OverloadSeries.SCENARIO, rules, new Table(headers, rows), verdicts, notes)
                .withKey("goodput at " + factor(PAST_CAPACITY.getLast()) + " with the bound, % of capacity");
    }

    /** The 0.5x, 2x and 4x steps of both series: a machine-bound one leaves the verdict inconclusive. */
    @Override
    public List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        List<Double> deciding = Stream.concat(Stream.of(BASELINE), PAST_CAPACITY.stream()).toList();
        return OverloadSeries.both(run.results(), target).stream()
                .flatMap(s -> deciding.stream().flatMap(f -> s.at(f).stream())).toList();
    }

    private static TargetVerdict verdict(String target, Optional<OverloadSeries> unbounded, Optional<OverloadSeries> bounded,
                                         Optional<Flat> flat) {
        Part collapse = collapse(unbounded);
        Part held = held(bounded, flat);
        String evidence = collapse.text() + " | " + held.text();
        Double key = bounded.flatMap(s -> s.at(PAST_CAPACITY.getLast())).map(m -> m.median().rps())
                .flatMap(rps -> flat.map(f -> 100 * rps / f.reference())).orElse(null);
        // A capacity the service beat leaves everything measured against it unsure, a miss included.
        Optional<String> offScale = underestimated(unbounded, flat.map(Flat::before));
        if (offScale.isEmpty() && (!collapse.missed().isEmpty() || !held.missed().isEmpty())) {
            return new TargetVerdict(target, Verdict.CONTRADICTED, evidence, key);
        }
        List<String> unknown = Stream.of(collapse.unknown().stream(), held.unknown().stream(), offScale.stream())
                .flatMap(u -> u).toList();
        if (!unknown.isEmpty()) {
            return new TargetVerdict(target, Verdict.INCONCLUSIVE, evidence + "; but " + String.join("; ", unknown), key);
        }
        return new TargetVerdict(target, Verdict.CONFIRMED, evidence, key);
    }

    /**
     * Whether the capacity step measured less than the target serves: past capacity the goodput without the bound is what
     * the server answers in a window, whatever the queue, so it cannot exceed the true capacity; more than
     * {@link #CAPACITY_SLACK} × the measured one means that step ran on a slower machine (a shared host's drift) or a
     * compiling JIT, and the ladder's multiples, and the bound set from it, are off.
     */
    private static Optional<String> underestimated(Optional<OverloadSeries> unbounded, Optional<Double> capacity) {
        if (unbounded.isEmpty() || capacity.isEmpty()) {
            return Optional.empty();
        }
        return PAST_CAPACITY.stream().flatMap(f -> unbounded.get().at(f).stream()).map(Measurement::median)
                .filter(r -> r.rps() != null && r.rps() > CAPACITY_SLACK * capacity.get())
                .findFirst().map(r -> "the capacity step measured " + Figures.rps(capacity.get()) + " and the service then"
                        + " served " + Figures.rps(r.rps()) + " at " + factor(r.loadFactor()) + " without the bound ("
                        + Figures.times(r.rps() / capacity.get()) + "): the capacity step measured a slower machine or a"
                        + " compiling JIT, so the ladder's multiples and the bound are off, and no verdict rests on them");
    }

    /**
     * What the target served flat out: before the bounded steps (the ladder's rates are multiples of it) and, where the
     * run measured it, right after them.
     */
    record Flat(double before, Optional<Double> after, Optional<Double> speedBefore, Optional<Double> speedAfter,
                Optional<Double> runSpeed, Optional<Double> runBest) {

        /**
         * The target's, if its capacity was recorded, with its core's speed in each capacity step where a probe read it,
         * the median of the probe's readings over the run's steps, and the median of the run's targets' {@link #best}
         * where three or more have one.
         */
        static Optional<Flat> of(Results results, String target) {
            List<Double> bests = results.targets().stream().flatMap(t -> alone(results, t).stream()).map(Flat::best).toList();
            Optional<Double> runBest = bests.size() < 3 ? Optional.empty() : Optional.of(Measurement.median(bests));
            return alone(results, target).map(flat -> new Flat(flat.before, flat.after, flat.speedBefore, flat.speedAfter,
                    flat.runSpeed, runBest));
        }

        private static Optional<Flat> alone(Results results, String target) {
            Optional<ResultRow> second = OverloadSeries.capacityAfter(results, target).filter(r -> r.rps() != null && r.rps() > 0);
            Optional<Double> speedBefore = OverloadSeries.capacityStep(results, target).map(ResultRow::coreSpeed);
            Optional<Double> runSpeed = Optional.ofNullable(Measurement.median(
                    results.all().stream().map(Measurement::median).toList(), ResultRow::coreSpeed));
            return OverloadSeries.capacity(results, target).map(before -> new Flat(before, second.map(ResultRow::rps),
                    speedBefore, second.map(ResultRow::coreSpeed), runSpeed, Optional.empty()));
        }

        /** The most the process served flat out: the higher of its two capacity steps. */
        double best() {
            return after.filter(a -> a > before).orElse(before);
        }

        /** {@link #best} as a share of the run's median target's, where it is below {@link #PROCESS_SLOWED}. */
        Optional<Double> slowProcess() {
            return runBest.filter(median -> median > 0).map(median -> best() / median).filter(share -> share < PROCESS_SLOWED);
        }

        /**
         * What the bounded steps are judged against: the lower of the two. The bound is Little's law at the first (with
         * a margin for bursts), so it cannot let through more than that, whatever the second says (in a fresh
         * process the first capacity step still measures a compiling JIT); and a process that served less right after
         * the bounded steps could not serve more in them.
         */
        double reference() {
            return judgedByAfter() ? after.get() : before;
        }

        /** How fast the core computed in the capacity step the bounded steps are judged against; empty if unread. */
        Optional<Double> referenceSpeed() {
            return judgedByAfter() ? speedAfter : speedBefore;
        }

        /** Whether the lower capacity, the one {@link #reference} is, was measured after the bounded steps. */
        private boolean judgedByAfter() {
            return after.isPresent() && after.get() < before;
        }

        /**
         * Whether the process served more than {@link #CAPACITY_SLACK} × slower after the bounded steps than before them:
         * then a bounded step short of the first capacity but not of the second may be the bound's doing or the machine's.
         */
        boolean slowed() {
            return after.isPresent() && after.get() * CAPACITY_SLACK < before;
        }

        /** {@code capacity 320}, or {@code capacity 310 (the lower of 320 before the bounded steps and 310 right after)}. */
        String text() {
            return "capacity " + Figures.num(reference()) + after.map(a -> " (the lower of " + Figures.num(before)
                    + " before the bounded steps and " + Figures.num(a) + " right after)").orElse("");
        }
    }

    /**
     * What a success cost the server at a step and at the capacity step, both without the JIT's part
     * ({@link CostLesson#servingUs}); empty if either is not known.
     */
    private record Cost(double atUs, double capacityUs) {

        static Optional<Cost> of(ResultRow step, Optional<ResultRow> capacityStep) {
            Double at = CostLesson.servingUs(step);
            Double flatOut = capacityStep.map(CostLesson::servingUs).orElse(null);
            return at == null || flatOut == null || flatOut <= 0 ? Optional.empty() : Optional.of(new Cost(at, flatOut));
        }

        double ratio() {
            return atUs / capacityUs;
        }
    }

    /** How fast a step's core computed, as a share of a reference speed; {@code ofRun}: the run's median reading. */
    private record Slower(double share, boolean ofRun) {
    }

    /**
     * The core's speed in a step's window as a share of the higher of two references, where it was below
     * {@link #CORE_SLOWED}: a shared host took part of the core away, unannounced; empty if not, or not read. The
     * references: its speed in the capacity step the step is judged against, and the median of the run's readings,
     * since a slowdown that lasts can take in the capacity step too (2026-11-30 21:02 UTC: `virtual`'s second
     * `capacity-after` and bounded steps all read 337-358, the run's median 387).
     */
    private static Optional<Slower> slowerCore(ResultRow step, Flat capacity) {
        if (step.coreSpeed() == null) {
            return Optional.empty();
        }
        double ofCapacity = capacity.referenceSpeed().filter(speed -> speed > 0).orElse(0.0);
        double ofRun = capacity.runSpeed().filter(speed -> speed > 0).orElse(0.0);
        double reference = Math.max(ofCapacity, ofRun);
        return reference <= 0 ? Optional.empty() : Optional.of(new Slower(step.coreSpeed() / reference, ofRun > ofCapacity))
                .filter(slower -> slower.share() < CORE_SLOWED);
    }

    /** Without the bound: did the service collapse at each load factor past capacity? */
    private static Part collapse(Optional<OverloadSeries> series) {
        Part part = new Part("no bound");
        if (series.isEmpty()) {
            part.unknown().add("the run has no overload steps without the bound");
            return part;
        }
        OverloadSeries s = series.get();
        for (double f : PAST_CAPACITY) {
            Optional<Measurement> dead = s.deadBy(f);
            if (dead.isPresent()) {
                ResultRow d = dead.get().median();
                part.said().add(factor(f) + (s.at(f).equals(dead) ? " died: " : " dead since " + factor(d.loadFactor()) + ": ")
                        + d.died());
                continue;
            }
            Optional<ResultRow> step = s.at(f).map(Measurement::median);
            if (step.isEmpty()) {
                part.unknown().add("no " + factor(f) + " step without the bound");
                continue;
            }
            ResultRow r = step.get();
            Double growth = s.growth(r);
            List<String> signs = new ArrayList<>();
            if (growth != null && growth >= COLLAPSE_P99_FACTOR) {
                signs.add(p99Text(s, r));
            }
            if (OverloadSeries.errorShare(r) > ERROR_SHARE) {
                signs.add(errorsText(r));
            }
            if (!signs.isEmpty()) {
                part.said().add(factor(f) + " " + String.join(", ", signs));
            } else if (growth == null) {
                part.unknown().add(noP99(s, f));
            } else {
                part.said().add(factor(f) + " " + p99Text(s, r) + ", " + errorsText(r) + ": it did not collapse");
                part.missed().add(factor(f));
            }
        }
        return part;
    }

    /** With the bound: did the service go on serving about its capacity, at its latency, refusing the rest cleanly? */
    private static Part held(Optional<OverloadSeries> series, Optional<Flat> flat) {
        Part part = new Part(series.map(OverloadSeries::label).orElse("bound"));
        if (series.isEmpty() || flat.isEmpty()) {
            part.unknown().add(series.isEmpty() ? "the run has no overload steps with the bound (MAX_IN_FLIGHT)"
                    : "no capacity recorded (capacity_rps)");
            return part;
        }
        OverloadSeries s = series.get();
        Flat capacity = flat.get();
        double cap = capacity.reference();
        String lastHeld = null;
        for (double f : PAST_CAPACITY) {
            Optional<ResultRow> step = s.at(f).map(Measurement::median);
            if (step.isEmpty()) {
                part.unknown().add("no " + factor(f) + " step with the bound");
                continue;
            }
            ResultRow r = step.get();
            double goodput = count(r.rps()) / cap;
            Double growth = s.growth(r);
            List<String> misses = new ArrayList<>();
            if (OverloadSeries.died(r)) {
                misses.add("it died (" + r.died() + ")");
            }
            if (goodput < GOODPUT_SHARE) {
                misses.add("goodput below " + Figures.pct(GOODPUT_SHARE) + " of capacity");
            }
            if (growth != null && growth > BOUNDED_P99_FACTOR) {
                misses.add("p99 above " + Figures.num(BOUNDED_P99_FACTOR) + "× the " + factor(BASELINE) + "'s");
            }
            if (count(r.otherErrors()) > 0) {
                misses.add("not every refusal was clean");
            }
            if (OverloadSeries.errorShare(r) > ERROR_SHARE) {
                misses.add("errors above " + Figures.pct(ERROR_SHARE) + " of the requests");
            }
            String text = factor(f) + " goodput " + Figures.rps(r.rps()) + " = " + Figures.pct(goodput) + " of "
                    + capacity.text() + ", " + (growth == null ? "p99 " + Figures.ms(r.p99Ms()) : p99Text(s, r)) + ", "
                    + Figures.integer(count(r.refused())) + " refused (503 + Retry-After), "
                    + Figures.integer(count(r.otherErrors())) + " other errors"
                    + Optional.of(OverloadSeries.errorKinds(r.timeouts(), r.connectionErrors(), null))
                    .filter(kinds -> !kinds.isEmpty()).map(kinds -> ", " + kinds).orElse("");
            // Short of the rule, alive, and no answer but successes, refusals, timeouts and connection errors: the two
            // escapes below start from this, and differ in the errors they admit.
            boolean shortAlive = !misses.isEmpty() && !OverloadSeries.died(r) && count(r.otherErrors()) == 0;
            boolean shortOnly = shortAlive && OverloadSeries.errorShare(r) <= ERROR_SHARE;
            if (shortOnly && r.serverCompiling()) {
                // Short of capacity or slow while C2 took a fifth of the core or more: the compiler's, not the style's.
                part.said().add(text + ": " + String.join(", ", misses));
                part.unknown().add("at " + factor(f) + " with the bound " + StepValidity.compilerTook(r));
                continue;
            }
            Optional<Slower> slower = slowerCore(r, capacity);
            // Timeouts are answers slower than the client waits, as a high p99 is: on a slower core, the machine's too.
            boolean slowOnly = shortAlive && count(r.connectionErrors()) == 0;
            if (slowOnly && slower.isPresent()) {
                // Short while the core itself computed slower than in the capacity step: the host's, not the style's.
                part.said().add(text + ": " + String.join(", ", misses));
                part.unknown().add("at " + factor(f) + " with the bound the server's core computed at "
                        + Figures.pct(slower.get().share()) + " of "
                        + (slower.get().ofRun() ? "the run's median speed" : "its speed in the capacity step")
                        + " (core_speed, a probe on that core): the shortfall is the machine's as much as the style's");
                continue;
            }
            Optional<Double> slowProcess = capacity.slowProcess();
            if (slowOnly && slowProcess.isPresent()) {
                // Short in a process that served far less flat out than the run's other targets, for the same work.
                part.said().add(text + ": " + String.join(", ", misses));
                String slow = "the process served at most " + Figures.rps(capacity.best()) + " flat out, "
                        + Figures.pct(slowProcess.get()) + " of the run's median target (" + Figures.rps(capacity.runBest().orElseThrow())
                        + ") for the same request: the machine ran slower while it was measured, and the shortfall is"
                        + " the machine's as much as the style's";
                part.unknownOnce(slow);
                continue;
            }
            if (misses.isEmpty() && capacity.slowed() && count(r.rps()) < GOODPUT_SHARE * capacity.before()) {
                part.said().add(text + ": below " + Figures.pct(GOODPUT_SHARE) + " of the capacity before them");
                String drift = "the process served " + Figures.rps(capacity.before()) + " flat out before the bounded steps"
                        + " and " + Figures.rps(capacity.reference()) + " right after them ("
                        + Figures.times2(capacity.before() / capacity.reference()) + " slower): whether the machine or the"
                        + " bound slowed it is not told apart";
                part.unknownOnce(drift);
                continue;
            }
            if (!misses.isEmpty()) {
                part.said().add(text + ": " + String.join(", ", misses));
                part.missed().add(factor(f));
                continue;
            }
            if (growth == null) {
                part.unknown().add(noP99(s, f));
            }
            lastHeld = text;
        }
        if (part.said().isEmpty() && lastHeld != null) {
            part.said().add(lastHeld);
        }
        return part;
    }

    /** {@code p99 3,950 ms = 31.1× the 0.5x's 127 ms}; only where both are known. */
    private static String p99Text(OverloadSeries s, ResultRow r) {
        return "p99 " + Figures.ms(r.p99Ms()) + " = " + Figures.times(s.growth(r)) + " the " + factor(BASELINE) + "'s "
                + Figures.ms(s.baselineP99().orElseThrow());
    }

    /** {@code errors on 4.5% of the requests (900 timeouts)}, or {@code errors on 0.0% of the requests}. */
    private static String errorsText(ResultRow r) {
        String kinds = OverloadSeries.errorKinds(r);
        return "errors on " + Figures.pct1(OverloadSeries.errorShare(r)) + " of the requests"
                + (kinds.isEmpty() ? "" : " (" + kinds + ")");
    }

    /** Why a step's p99 could not be compared with the baseline's. */
    private static String noP99(OverloadSeries s, double f) {
        return s.baselineP99().isEmpty()
                ? "no p99 at " + factor(BASELINE) + " (" + s.label() + ") to compare " + factor(f) + "'s with"
                : "no successes at " + factor(f) + " (" + s.label() + ") to read a p99 from";
    }

    /**
     * One row of the table: a target's series, its capacity (and, where measured, the capacity again after the bounded
     * steps), each load factor's figures, its errors and its peaks.
     */
    private static List<String> row(OverloadSeries s, Optional<Flat> flat, TreeSet<Double> factors) {
        Optional<Double> capacity = flat.map(Flat::before);
        List<String> row = new ArrayList<>(List.of(s.target(), s.label(), flat.map(f -> Figures.rps(f.before())
                + f.after().map(after -> ", " + Figures.rps(after) + " after the bounded steps").orElse("")).orElse("–")));
        for (Double f : factors) {
            row.add(s.at(f).map(Measurement::median).map(r -> {
                String offered = Figures.num(capacity.map(c -> OverloadSeries.offered(r, c)).orElse(r.rate()));
                double refused = OverloadSeries.refusedShare(r);
                return offered + " → " + Figures.rps(r.rps()) + ", p99 " + Figures.ms(r.p99Ms())
                        + (refused > 0 ? ", " + Figures.pct(refused) + " refused" : "");
            }).orElse("–"));
        }
        List<String> errors = s.steps().stream().map(Measurement::median).filter(r -> r.nonRefusalErrors() > 0)
                .map(r -> factor(r.loadFactor()) + ": " + OverloadSeries.errorKinds(r)).toList();
        row.add(errors.isEmpty() ? "none" : String.join("; ", errors));
        row.add(s.death().map(Measurement::median)
                .map(r -> "at " + factor(r.loadFactor()) + ": " + r.died()).orElse("no"));
        ResultRow top = s.top().median();
        row.add(factor(top.loadFactor()) + ": heap " + Figures.num(top.heapPeakMb()) + " MB, RSS "
                + Figures.num(top.rssPeakMb()) + " MB, " + Figures.integer(top.threadsPeak()) + " threads");
        return row;
    }

    /**
     * How a series behaved past capacity, from its numbers. Without the bound: where its latency grew, its errors began
     * and it died, in the order they came. With it: what it refused and served at its highest step.
     */
    private static String behaviour(OverloadSeries s, Optional<Flat> flat, Optional<ResultRow> capacityStep) {
        List<ResultRow> steps = s.steps().stream().map(Measurement::median).toList();
        if (!s.isBounded()) {
            Map<Double, List<String>> signs = new TreeMap<>();
            steps.stream().filter(r -> s.growth(r) != null && s.growth(r) >= COLLAPSE_P99_FACTOR).findFirst()
                    .ifPresent(r -> sign(signs, r, "latency grew (p99 " + Figures.times(s.growth(r)) + " the "
                            + factor(BASELINE) + "'s)"));
            steps.stream().filter(r -> OverloadSeries.errorShare(r) > ERROR_SHARE).findFirst()
                    .ifPresent(r -> sign(signs, r, errorsText(r)));
            s.death().map(Measurement::median).ifPresent(r -> sign(signs, r, "it died (" + r.died()
                    + "; heap peak " + Figures.num(r.heapPeakMb()) + " MB, RSS " + Figures.num(r.rssPeakMb()) + " MB)"));
            return "without a bound, " + (signs.isEmpty()
                    ? "no sign of collapse up to " + factor(steps.getLast().loadFactor())
                    : String.join("; then ", signs.entrySet().stream()
                    .map(e -> "at " + factor(e.getKey()) + " " + inWords(e.getValue())).toList()));
        }
        ResultRow top = steps.getLast();
        Double growth = s.growth(top);
        return "with " + s.label() + ", at " + factor(top.loadFactor()) + " it refused "
                + Figures.pct(OverloadSeries.refusedShare(top)) + " of the requests (" + Figures.integer(count(top.refused()))
                + ", 503 + Retry-After) with " + Figures.integer(count(top.otherErrors())) + " other errors"
                + flat.map(f -> ", and served " + Figures.pct(count(top.rps()) / f.reference()) + " of capacity").orElse("")
                + (growth == null ? "" : " at p99 " + Figures.times(growth) + " the " + factor(BASELINE) + "'s")
                + (OverloadSeries.died(top) ? "; it died (" + top.died() + ")" : "")
                + costText(top, capacityStep);
    }

    /**
     * What a success cost the server's core at the step, its refusals' share included, beside what it cost flat out
     * (the capacity step after the bounded steps, else the first; both without the JIT's part,
     * {@link CostLesson#servingUs}): on one core, goodput is the core's time over that cost, so a bounded step that
     * served less than the capacity shows here whether each success cost more (the refusals' and the open arrivals'
     * work) or the core went to something else. Empty if either is missing.
     */
    private static String costText(ResultRow step, Optional<ResultRow> capacityStep) {
        return Cost.of(step, capacityStep).map(cost -> "; each success there took "
                + Figures.integer(cost.atUs()) + " µs of the server's CPU, refusals included (" + Figures.times2(cost.ratio())
                + " the " + Figures.integer(cost.capacityUs()) + " µs of a success flat out, the JIT's share left out of both)")
                .orElse("");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String inWords(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static void sign(Map<Double, List<String>> signs, ResultRow r, String sign) {
        signs.computeIfAbsent(r.loadFactor(), f -> new ArrayList<>()).add(sign);
    }

    /** {@code , 100 users}: the capacity step's users, as the experiment states them; empty if not recorded. */
    private static String usersText(Results results) {
        return results.targets().stream().flatMap(t -> OverloadSeries.capacityStep(results, t).stream())
                .map(ResultRow::users).filter(Objects::nonNull).findFirst().map(u -> ", " + Figures.users(u)).orElse("");
    }

    /** {@code , each request waiting 100 ms, then computing fibonacci(25)}: the overload steps' work, as recorded. */
    private static String waitText(Results results) {
        String wait = overloadRows(results).map(ResultRow::delayMs).filter(Objects::nonNull).findFirst()
                .map(w -> ", each request waiting " + Figures.ms(w) + " on average (drawn evenly from " + Figures.ms(w / 2)
                        + " to " + Figures.ms(w * 3 / 2) + ", as a backend's latency varies)").orElse("");
        return wait + overloadRows(results).map(ResultRow::n).filter(Objects::nonNull).findFirst()
                .map(n -> (wait.isEmpty() ? ", each request" : ", then") + " computing fibonacci(" + Figures.integer(n) + ")")
                .orElse("");
    }

    private static Stream<ResultRow> overloadRows(Results results) {
        return results.targets().stream().flatMap(t -> results.steps(t, OverloadSeries.SCENARIO).stream())
                .map(Measurement::median);
    }
}
