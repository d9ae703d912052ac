package dev.jvmwait.report;

import static dev.jvmwait.report.OverloadSeries.count;

import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.ServiceSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run showed about staying up, a row per target that ran {@code overload} or {@code shutdown}: the load it held
 * without the bound and with it, how it shut down under load, whether it served again after kill -9, the hostile
 * clients the test suite sends it, and the requests it lost. Figures only: lesson 8 judges the overload.
 */
final class Reliability {

    /**
     * Held: goodput at least this share of min(offered, capacity), with no error but refusals, alive, and p99 within
     * lesson 8's bound on latency ({@link OverloadLesson#BOUNDED_P99_FACTOR} × the 0.5x step's).
     */
    static final double HELD_GOODPUT = 0.95;
    /**
     * The kinds of hostile input the test suite sends every service: {@code BAD_INPUTS} of shared's
     * {@code HostileClientsContract} (test code, which the report cannot import), run by each service's HostileClientsIT.
     * A test of the report reads that source and keeps the two equal.
     */
    static final int HOSTILE_INPUTS = 6;
    static final String SHUTDOWN = "shutdown";

    /** {@code 30s}, {@code 30 s}, {@code 500ms}: a duration a service may report in words of its own. */
    private static final Pattern SECONDS_OR_MS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");

    private Reliability() {
    }

    /** The table; empty if no target ran {@code overload} or {@code shutdown}. */
    static Table table(ResultsDirectory run) {
        Results results = run.results();
        List<List<String>> rows = new ArrayList<>();
        for (String target : results.targets()) {
            if (!results.has(target, OverloadSeries.SCENARIO) && !results.has(target, SHUTDOWN)) {
                continue;
            }
            Optional<Double> capacity = OverloadSeries.capacity(results, target);
            Optional<OverloadSeries> bounded = OverloadSeries.bounded(results, target);
            Optional<ResultRow> shutdown = results.steps(target, SHUTDOWN).stream().map(Measurement::median).findFirst();
            rows.add(List.of(target,
                    held(OverloadSeries.unbounded(results, target), capacity),
                    held(bounded, capacity),
                    shutdown.map(r -> shutdown(r, timeout(run.settings(), target))).orElse("not measured"),
                    restart(results, target),
                    HOSTILE_INPUTS + " kinds, tested by HostileClientsIT in ./test.sh (not measured in this run)",
                    lost(shutdown, bounded)));
        }
        return new Table(List.of("target", "load held, no bound", "load held, with the bound", "shutdown under load",
                "kill -9, then a restart", "hostile clients", "requests lost"), rows);
    }

    /** {@code 640 rps (2x)}, with the bound {@code 640 rps (2x), bound 48}; {@code none} if no step held. */
    private static String held(Optional<OverloadSeries> series, Optional<Double> capacity) {
        if (series.isEmpty() || capacity.isEmpty()) {
            return series.isEmpty() ? "not measured" : "not measured (no capacity recorded)";
        }
        OverloadSeries s = series.get();
        return s.heldUpTo(capacity.get(), HELD_GOODPUT, OverloadLesson.BOUNDED_P99_FACTOR).map(Measurement::median)
                .map(r -> Figures.rps(OverloadSeries.offered(r, capacity.get())) + " (" + OverloadSeries.factor(r.loadFactor())
                        + ")" + (s.isBounded() ? ", " + s.label() : ""))
                .orElse("none" + (s.isBounded() ? ", " + s.label() : ""));
    }

    /**
     * {@code 48 in flight at SIGTERM, 48 completed, 0 lost, exit in 1.2 s (timeout 30 s); sent after it: 20 connection
     * errors}.
     */
    private static String shutdown(ResultRow r, Optional<String> timeout) {
        String exit = r.exitS() == null ? "did not exit within the cap" + timeout.map(t -> " (" + t + ")").orElse("")
                : "exit in " + Figures.num(r.exitS()) + " s (" + timeout.orElse("within the cap") + ")";
        List<String> after = new ArrayList<>();
        if (count(r.okAfterSignal()) > 0) {
            after.add(Figures.integer(r.okAfterSignal()) + " served");
        }
        String turnedAway = OverloadSeries.failureKinds(r);
        if (!turnedAway.isEmpty()) {
            after.add(turnedAway);
        }
        return Figures.integer(r.requests()) + " in flight at SIGTERM, " + Figures.integer(r.ok()) + " completed, "
                + Figures.integer(r.ko()) + " lost, " + exit + (after.isEmpty() ? "" : "; sent after it: " + String.join(", ", after));
    }

    /** The target's shutdown timeout as its service reported it (a label that names the shutdown), if it did. */
    static Optional<String> timeout(Settings settings, String target) {
        return settings.forTarget(target).map(ServiceSettings::shown).flatMap(shown -> shown.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(SHUTDOWN)).findFirst())
                .map(e -> seconds(e.getValue()).map(s -> "timeout " + Figures.num(s) + " s")
                        .orElse(e.getKey() + ": " + e.getValue()));
    }

    /** {@code PT30S}, {@code 30s}, {@code 500ms} in seconds; empty for anything else (a number without its unit, none). */
    static Optional<Double> seconds(String text) {
        try {
            return Optional.of(Duration.parse(text.trim()).toMillis() / 1000.0);
        } catch (DateTimeParseException e) {
            Matcher m = SECONDS_OR_MS.matcher(text.trim());
            return m.matches() ? Optional.of(Double.parseDouble(m.group(1)) / (m.group(2).equals("ms") ? 1000 : 1))
                    : Optional.empty();
        }
    }

    /**
     * Whether the service started again after kill -9 served: the steps of that process say so (after_kill). The
     * shutdown's process is measured only once it has answered {@code GET /api/runtime}, so its row is proof enough
     * (its own successes come after SIGTERM, and a bad shutdown is the shutdown's figure, not the restart's); in runs
     * before it, the bounded overload series ran in that process, and a success of theirs is the proof.
     */
    private static String restart(Results results, String target) {
        boolean shutdownAfterKill = results.steps(target, SHUTDOWN).stream().map(Measurement::median)
                .anyMatch(r -> Boolean.TRUE.equals(r.afterKill()));
        List<ResultRow> overloadAfterKill = results.steps(target, OverloadSeries.SCENARIO).stream().map(Measurement::median)
                .filter(r -> Boolean.TRUE.equals(r.afterKill())).toList();
        if (shutdownAfterKill) {
            return "served again";
        }
        if (overloadAfterKill.isEmpty()) {
            return "not measured";
        }
        return overloadAfterKill.stream().anyMatch(r -> count(r.ok()) > 0) ? "served again" : "**no success after the restart**";
    }

    /** {@code 0 at SIGTERM; 0 errors under overload with the bound}: lost at shutdown stated apart from errors under load. */
    private static String lost(Optional<ResultRow> shutdown, Optional<OverloadSeries> bounded) {
        String atSigterm = shutdown.map(r -> count(r.ko()) > 0 ? "**" + Figures.integer(r.ko()) + "** at SIGTERM"
                : "0 at SIGTERM").orElse("SIGTERM not measured");
        String underLoad = bounded.map(s -> {
            List<ResultRow> steps = s.steps().stream().map(Measurement::median).toList();
            double errors = steps.stream().mapToDouble(ResultRow::nonRefusalErrors).sum();
            String kinds = OverloadSeries.errorKinds(sum(steps, ResultRow::timeouts), sum(steps, ResultRow::connectionErrors),
                    sum(steps, ResultRow::otherErrors));
            return Figures.integer(errors) + " errors under overload with the bound" + (kinds.isEmpty() ? "" : " (" + kinds + ")");
        }).orElse("overload with the bound not measured");
        return atSigterm + "; " + underLoad;
    }

    private static double sum(List<ResultRow> rows, Function<ResultRow, Double> field) {
        return rows.stream().mapToDouble(r -> count(field.apply(r))).sum();
    }
}
