package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One target's {@code overload} ladder: without the bound on requests in flight, or with it (results.csv's
 * {@code bound}: the one set on the running service; in runs before that, the {@code MAX_IN_FLIGHT} a second process
 * was started with). Its steps are the open-model ones, in
 * order of load factor (offered rate ÷ capacity: 0.5x … 4x); the {@code capacity} step, which set that rate, and the
 * one that measured it again after the bounded steps, are not among them. Lesson 8, its charts and the reliability
 * table read the ladder through it, by the columns, never by the steps' labels.
 */
record OverloadSeries(String target, Double bound, List<Measurement> steps) {

    static final String SCENARIO = "overload";
    /** The load factor whose p99 a series' others are compared with: half the capacity, where nothing queues. */
    static final double BASELINE = 0.5;
    /** Load factors closer than this are the same step's. */
    private static final double SAME_FACTOR = 0.01;

    /** The target's series without the bound, if the run measured it. */
    static Optional<OverloadSeries> unbounded(Results results, String target) {
        return of(results, target, false);
    }

    /** The target's series with the bound, if the run measured it. */
    static Optional<OverloadSeries> bounded(Results results, String target) {
        return of(results, target, true);
    }

    /** Both series the run measured for the target: without the bound first. */
    static List<OverloadSeries> both(Results results, String target) {
        List<OverloadSeries> both = new ArrayList<>();
        unbounded(results, target).ifPresent(both::add);
        bounded(results, target).ifPresent(both::add);
        return both;
    }

    private static Optional<OverloadSeries> of(Results results, String target, boolean bounded) {
        List<Measurement> own = ladder(results, target, bounded);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Measurement> steps = new ArrayList<>(own);
        if (!bounded && own.stream().noneMatch(m -> sameFactor(m, BASELINE))) {
            // At 0.5x a bound refuses nothing, and the harness measures that step once, with the bound set: where it
            // refused nothing, it is the series without the bound's too.
            ladder(results, target, true).stream()
                    .filter(m -> sameFactor(m, BASELINE) && count(m.median().refused()) == 0)
                    .findFirst().ifPresent(steps::add);
        }
        steps.sort(Comparator.comparingDouble(m -> m.median().loadFactor()));
        return Optional.of(new OverloadSeries(target, bounded ? own.getFirst().median().bound() : null, List.copyOf(steps)));
    }

    /** The target's open steps without the bound, or with it. */
    private static List<Measurement> ladder(Results results, String target, boolean bounded) {
        return results.steps(target, SCENARIO).stream()
                .filter(m -> m.median().loadFactor() != null && (m.median().bound() != null) == bounded)
                .toList();
    }

    private static boolean sameFactor(Measurement m, double loadFactor) {
        return Math.abs(m.median().loadFactor() - loadFactor) < SAME_FACTOR;
    }

    /**
     * The closed step that measured the capacity, if recorded: the first overload row with no load factor that asks the
     * ladder's wait (the compiling steps around it ask none of their own).
     */
    static Optional<ResultRow> capacityStep(Results results, String target) {
        return results.inRunOrder(target, SCENARIO).stream().map(Measurement::median).filter(OverloadSeries::isFlatOut)
                .findFirst();
    }

    /**
     * The closed step that measured the capacity again right after the bounded steps, if the run had one: such a row
     * that follows a bounded step in the order the run measured them (in runs that started the bounded series in a
     * process of its own, that process's capacity step came before them, and is not one).
     */
    static Optional<ResultRow> capacityAfter(Results results, String target) {
        List<ResultRow> inOrder = results.inRunOrder(target, SCENARIO).stream().map(Measurement::median).toList();
        boolean afterBounded = false;
        for (ResultRow r : inOrder) {
            if (afterBounded && isFlatOut(r)) {
                return Optional.of(r);
            }
            afterBounded |= r.loadFactor() != null && r.bound() != null;
        }
        return Optional.empty();
    }

    private static boolean isFlatOut(ResultRow r) {
        return r.loadFactor() == null && r.delayMs() != null;
    }

    /** What the target served flat out (capacity_rps, the same on each of its overload rows), if recorded. */
    static Optional<Double> capacity(Results results, String target) {
        return results.steps(target, SCENARIO).stream().map(m -> m.median().capacityRps()).filter(Objects::nonNull)
                .findFirst();
    }

    boolean isBounded() {
        return bound != null;
    }

    /** {@code no bound}, or {@code bound 48}. */
    String label() {
        return bound == null ? "no bound" : "bound " + Figures.integer(bound);
    }

    /** The step at this load factor, if measured (the harness writes it rounded to two places). */
    Optional<Measurement> at(double loadFactor) {
        return steps.stream().filter(m -> sameFactor(m, loadFactor)).findFirst();
    }

    /** The p99 of the successes at {@link #BASELINE}, if measured. */
    Optional<Double> baselineP99() {
        return at(BASELINE).map(m -> m.median().p99Ms()).filter(p99 -> p99 > 0);
    }

    /** A step's p99 of the successes ÷ the baseline's; {@code null} where either is unknown (no successes, no 0.5x step). */
    Double growth(ResultRow r) {
        return r.p99Ms() == null ? null : baselineP99().map(baseline -> r.p99Ms() / baseline).orElse(null);
    }

    /** The step, at this load factor or below, during which the service died, if it did. */
    Optional<Measurement> deadBy(double loadFactor) {
        return steps.stream().filter(m -> m.median().loadFactor() <= loadFactor && died(m.median())).findFirst();
    }

    /** The step during which the service died, if it did. */
    Optional<Measurement> death() {
        return deadBy(Double.MAX_VALUE);
    }

    /** The highest step: where the peaks of memory and threads are read. */
    Measurement top() {
        return steps.getLast();
    }

    /**
     * The step with the highest offered rate at which the service held the load: goodput at least {@code share} of
     * min(offered, capacity), no error other than a refusal, alive, and its p99 at most {@code p99Factor} × the series'
     * at 0.5x (a service that serves everything seconds late has not held it).
     */
    Optional<Measurement> heldUpTo(double capacity, double share, double p99Factor) {
        return steps.stream().filter(m -> {
            ResultRow r = m.median();
            Double growth = growth(r);
            return r.rps() != null && r.rps() >= share * Math.min(offered(r, capacity), capacity)
                    && r.nonRefusalErrors() == 0 && !died(r) && growth != null && growth <= p99Factor;
        }).reduce((lower, higher) -> higher);
    }

    /** The arrivals a second the step offered: its rate, or load factor × capacity where the rate is not recorded. */
    static double offered(ResultRow r, double capacity) {
        return r.rate() != null ? r.rate() : r.loadFactor() * capacity;
    }

    /** A count that may be unrecorded, as a number: unrecorded is none. */
    static double count(Double n) {
        return n == null ? 0 : n;
    }

    static boolean died(ResultRow r) {
        return r.died() != null && !r.died().isBlank();
    }

    /** Errors other than refusals as a share of the requests sent (0 where none were sent). */
    static double errorShare(ResultRow r) {
        return r.requests() == null || r.requests() == 0 ? 0 : r.nonRefusalErrors() / r.requests();
    }

    /** Refusals as a share of the requests sent. */
    static double refusedShare(ResultRow r) {
        return r.requests() == null || r.requests() == 0 ? 0 : count(r.refused()) / r.requests();
    }

    /** The errors other than refusals, by kind where not zero: {@code 120 timeouts, 3 other errors}; empty if none. */
    static String errorKinds(ResultRow r) {
        return errorKinds(r.timeouts(), r.connectionErrors(), r.otherErrors());
    }

    /** These counts of errors by kind where not zero ({@code null}: not counted). */
    static String errorKinds(Double timeouts, Double connectionErrors, Double otherErrors) {
        List<String> kinds = new ArrayList<>();
        kind(kinds, timeouts, "timeouts");
        kind(kinds, connectionErrors, "connection errors");
        kind(kinds, otherErrors, "other errors");
        return String.join(", ", kinds);
    }

    /** Every failure by kind where not zero, refusals first; empty if none, or if the row does not tell them apart. */
    static String failureKinds(ResultRow r) {
        List<String> kinds = new ArrayList<>();
        kind(kinds, r.refused(), "refused with Retry-After");
        String errors = errorKinds(r);
        if (!errors.isEmpty()) {
            kinds.add(errors);
        }
        return String.join(", ", kinds);
    }

    private static void kind(List<String> kinds, Double count, String name) {
        if (count != null && count > 0) {
            kinds.add(Figures.integer(count) + " " + name);
        }
    }

    /** 0.5 → {@code 0.5x}, 2 → {@code 2x}: a load factor as the report names it. */
    static String factor(double loadFactor) {
        return Figures.num(loadFactor) + "x";
    }
}
