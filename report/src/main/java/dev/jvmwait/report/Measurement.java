package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One target × scenario × step, folded over the repeats of a {@code --repeat N} run: every number is the
 * median of its repeats, and the spread (lowest, highest) of throughput and p99 is kept to show.
 */
public record Measurement(ResultRow median, int repeats, Spread rps, Spread p99Ms) {

    /** The lowest and highest value seen over the repeats. */
    public record Spread(double low, double high) {
        /** The spread relative to a centre value, e.g. 0.12 for ±12 % around it. */
        public double relativeTo(double centre) {
            return centre == 0 ? 0 : (high - low) / centre;
        }
    }

    static Measurement of(Collection<ResultRow> repeats) {
        List<ResultRow> rows = List.copyOf(repeats);
        ResultRow first = rows.getFirst();
        ResultRow median = new ResultRow(first.target(), first.scenario(), first.step(),
                median(rows, ResultRow::users), median(rows, ResultRow::rate), median(rows, ResultRow::delayMs),
                median(rows, ResultRow::n), median(rows, ResultRow::durationS), median(rows, ResultRow::requests),
                median(rows, ResultRow::ok), median(rows, ResultRow::ko), median(rows, ResultRow::rps),
                median(rows, ResultRow::p50Ms), median(rows, ResultRow::p95Ms), median(rows, ResultRow::p99Ms),
                median(rows, ResultRow::maxMs), median(rows, ResultRow::idealRps), median(rows, ResultRow::efficiency),
                median(rows, ResultRow::cpuUsPerReq), median(rows, ResultRow::rssPeakMb), median(rows, ResultRow::threadsPeak),
                median(rows, ResultRow::probeP99Ms), median(rows, ResultRow::loadgenCpuShare),
                median(rows, ResultRow::serverCpuShare), any(rows, ResultRow::machineBound), median(rows, ResultRow::warmUpS),
                allSteady(rows), median(rows, ResultRow::serverJitShare), any(rows, ResultRow::cold),
                median(rows, ResultRow::stepWarmS), median(rows, ResultRow::loadgenUsPerReq), median(rows, ResultRow::loadgenJitShare), median(rows, ResultRow::heapLiveMb), median(rows, ResultRow::heapIdleMb),
                median(rows, ResultRow::rssIdleMb), null, first.backend(), median(rows, ResultRow::pool), first.poolDefault(),
                median(rows, ResultRow::backendCpuShare), first.bound(), median(rows, ResultRow::capacityRps),
                first.loadFactor(), median(rows, ResultRow::refused), median(rows, ResultRow::timeouts),
                median(rows, ResultRow::connectionErrors), median(rows, ResultRow::otherErrors),
                median(rows, ResultRow::heapPeakMb), rows.stream().map(ResultRow::died).filter(Objects::nonNull).findFirst().orElse(null),
                median(rows, ResultRow::okAfterSignal), median(rows, ResultRow::exitS), first.afterKill(),
                median(rows, ResultRow::coreSpeed));
        return new Measurement(median, rows.size(), spread(rows, ResultRow::rps), spread(rows, ResultRow::p99Ms));
    }

    /** Machine-bound (or cold) if any repeat was; not if every repeat is known not to be; else unknown. */
    private static Boolean any(List<ResultRow> rows, Function<ResultRow, Boolean> flag) {
        if (rows.stream().anyMatch(r -> Boolean.TRUE.equals(flag.apply(r)))) {
            return true;
        }
        return rows.stream().allMatch(r -> Boolean.FALSE.equals(flag.apply(r))) ? false : null;
    }

    /** Steady if every repeat's warm-up was; not if one is known not to be; else unknown. */
    private static Boolean allSteady(List<ResultRow> rows) {
        if (rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.warmUpSteady()))) {
            return false;
        }
        return rows.stream().allMatch(r -> Boolean.TRUE.equals(r.warmUpSteady())) ? true : null;
    }

    static Double median(List<ResultRow> rows, Function<ResultRow, Double> field) {
        return median(rows.stream().map(field).filter(Objects::nonNull).toList());
    }

    /** The middle value, or the mean of the two middle ones; {@code null} for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static Spread spread(List<ResultRow> rows, Function<ResultRow, Double> field) {
        List<Double> values = rows.stream().map(field).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        return new Spread(values.stream().mapToDouble(d -> d).min().orElseThrow(),
                values.stream().mapToDouble(d -> d).max().orElseThrow());
    }

    public String target() {
        return median.target();
    }

    public String scenario() {
        return median.scenario();
    }

    public String step() {
        return median.step();
    }
}
