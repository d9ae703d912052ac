package dev.jvmwait.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One target × scenario × step, folded over the repeats of a {@code --repeat N} run: every number is the
 * median of its repeats, and the spread (lowest, highest) of throughput and p99 is kept to show.
 */
public record Measurement(Row median, int repeats, Spread rps, Spread p99Ms) {

    /** The lowest and highest value seen over the repeats. */
    public record Spread(double low, double high) {
        /** The spread relative to a centre value, e.g. 0.12 for ±12 % around it. */
        public double relativeTo(double centre) {
            return centre == 0 ? 0 : (high - low) / centre;
        }
    }

    static Measurement of(Collection<Row> repeats) {
        List<Row> rows = List.copyOf(repeats);
        Row first = rows.getFirst();
        Row median = new Row(first.target(), first.scenario(), first.step(),
                median(rows, Row::users), median(rows, Row::rate), median(rows, Row::delayMs),
                median(rows, Row::n), median(rows, Row::durationS), median(rows, Row::requests),
                median(rows, Row::ok), median(rows, Row::ko), median(rows, Row::rps),
                median(rows, Row::p50Ms), median(rows, Row::p95Ms), median(rows, Row::p99Ms),
                median(rows, Row::maxMs), median(rows, Row::idealRps), median(rows, Row::efficiency),
                median(rows, Row::cpuUsPerReq), median(rows, Row::rssPeakMb), median(rows, Row::threadsPeak),
                median(rows, Row::probeP99Ms));
        return new Measurement(median, rows.size(), spread(rows, Row::rps), spread(rows, Row::p99Ms));
    }

    static Double median(List<Row> rows, Function<Row, Double> field) {
        List<Double> values = new ArrayList<>(rows.stream().map(field).filter(Objects::nonNull).toList());
        if (values.isEmpty()) {
            return null;
        }
        values.sort(Double::compare);
        int mid = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
    }

    private static Spread spread(List<Row> rows, Function<Row, Double> field) {
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
