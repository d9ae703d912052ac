package dev.jvmwait.report;

import dev.jvmwait.report.ChartConfig.Axis;
import dev.jvmwait.report.ChartConfig.Data;
import dev.jvmwait.report.ChartConfig.Dataset;
import dev.jvmwait.report.ChartConfig.Grid;
import dev.jvmwait.report.ChartConfig.Interaction;
import dev.jvmwait.report.ChartConfig.Legend;
import dev.jvmwait.report.ChartConfig.Options;
import dev.jvmwait.report.ChartConfig.Plugins;
import dev.jvmwait.report.ChartConfig.Point;
import dev.jvmwait.report.ChartConfig.Title;
import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The charts of report.html, built from the measurements (a null config: not measured). */
final class Charts {

    /** One chart: its config is null when its scenario was not measured. */
    record Spec(String id, String section, String title, ChartConfig config) {
    }

    private static final Map<String, String> TARGET_COLOURS = Map.of(
            "blocking", "#c0392b", "virtual", "#2471a3", "reactive", "#1e8449",
            "coroutines", "#7d3c98", "quarkus-virtual", "#d68910");
    private static final List<String> OTHER_COLOURS = List.of("#566573", "#a04000", "#117a65", "#6c3483", "#1a5276");
    private static final String MISTAKE = "#c0392b";
    private static final String FIX = "#1e8449";

    private final ResultsDirectory run;
    private final Capacity capacity;
    private final List<String> targets;

    Charts(ResultsDirectory run, Capacity capacity) {
        this.run = run;
        this.capacity = capacity;
        this.targets = run.results().targets();
    }

    List<Spec> all() {
        List<Spec> specs = new ArrayList<>();
        double waitMs = IoLesson.waitMs(run);
        for (String scenario : List.of("io", "cpu", "mixed")) {
            if (scenario.equals("mixed") && !run.results().has(scenario)) {
                continue; // run only when asked for: no placeholder for it
            }
            String section = "Ladders: " + scenario;
            specs.add(ladder(scenario, section, "rps", "throughput (rps)", false, m -> m.median().rps(),
                    scenario.equals("io") ? ioGuides(waitMs) : List.of()));
            specs.add(ladder(scenario, section, "p99", "p99 latency (ms)", true, m -> m.median().p99Ms(), List.of()));
        }
        run.results().backends("pool").forEach(backend -> specs.add(pool(backend)));
        specs.add(fanout());
        specs.add(mistake("mistake-blocking", "blocking-call", "non-blocking",
                "blocking call in the handler (mistake)", "/api/users/{id} (fix)"));
        specs.add(mistake("mistake-cpu", "in-handler", "offloaded",
                "fibonacci in the handler (mistake)", "/api/compute/fibonacci (fix)"));
        specs.add(perScenario("memory", "Memory and threads", "peak resident memory (MB) per scenario", ResultRow::rssPeakMb, "MB"));
        specs.add(perScenario("threads", "Memory and threads", "peak thread count per scenario", ResultRow::threadsPeak, "threads"));
        if (run.results().has("open")) { // run only when asked for: no placeholder for it
            specs.add(open("rps", "throughput (rps)", false, m -> m.median().rps()));
            specs.add(open("p99", "p99 latency (ms)", true, m -> m.median().p99Ms()));
        }
        specs.add(overload("goodput", "goodput (% of capacity)", false, (s, r) -> OverloadLesson.Flat.of(run.results(),
                s.target()).filter(c -> r.rps() != null).map(c -> 100 * r.rps() / c.reference()).orElse(null), idealGoodput()));
        specs.add(overload("p99", "p99 of the successes (ms)", true, (s, r) -> r.p99Ms(), List.of()));
        specs.add(cost());
        specs.add(inFlight());
        return specs;
    }

    private List<Dataset<?>> ioGuides(double waitMs) {
        Set<Double> users = new TreeSet<>();
        targets.forEach(t -> run.results().steps(t, "io").forEach(m -> {
            if (m.median().users() != null) {
                users.add(m.median().users());
            }
        }));
        if (users.isEmpty()) {
            return List.of();
        }
        double perSecond = 1000.0 / waitMs;
        double bound = capacity.platformPool() * perSecond;
        return List.of(
                guide("ideal: users ÷ wait", users.stream().map(u -> new Point(u, u * perSecond)).toList(), "#999999"),
                guide("thread-per-request bound: " + capacity.platformPool() + " threads ÷ wait",
                        users.stream().map(u -> new Point(u, bound)).toList(), "#c0392b"));
    }

    private Spec ladder(String scenario, String section, String what, String axis, boolean log,
                        Function<Measurement, Double> y, List<Dataset<?>> guides) {
        String id = "chart-" + scenario + "-" + what;
        String title = scenario + ": " + axis + " against users";
        if (!run.results().has(scenario)) {
            return new Spec(id, section, title, null);
        }
        List<Dataset<?>> datasets = new ArrayList<>();
        for (String t : targets) {
            List<Point> points = run.results().steps(t, scenario).stream()
                    .filter(m -> m.median().users() != null && y.apply(m) != null)
                    .map(m -> new Point(m.median().users(), y.apply(m))).toList();
            if (!points.isEmpty()) {
                datasets.add(line(t, points, colour(t)));
            }
        }
        datasets.addAll(guides);
        return new Spec(id, section, title, xyConfig(title, datasets, "concurrent users", axis, log));
    }

    /**
     * Lesson 7 over one backend: each target's rps with its framework's default pools and with the pools raised, and the
     * bound each default pool sets (pool ÷ wait, or the users ÷ wait where fewer), as a marker on the same axis.
     */
    private Spec pool(String backend) {
        String title = "pool over " + backend + ": throughput with the default pools and with the pools raised (markers:"
                + " the default pool's bound)";
        List<String> passes = run.results().passes("pool", backend);
        List<String> labels = targets.stream().filter(t -> passes.stream()
                .anyMatch(p -> !run.results().steps(t, "pool", p).isEmpty())).toList();
        List<Dataset<?>> datasets = new ArrayList<>();
        List<String> colours = List.of("#566573", FIX);
        int i = 0;
        for (String pass : passes) {
            List<Double> rps = labels.stream().map(t -> top(t, pass).map(m -> m.median().rps()).orElse(null)).toList();
            datasets.add(bar(pass.substring(backend.length() + 2) + ": rps", rps, List.of(colours.get(i++ % colours.size()))));
        }
        passes.stream().filter(run.results()::defaultPools).findFirst().ifPresent(pass -> datasets.add(new Dataset<>("line",
                "default pool's bound", labels.stream().map(t -> top(t, pass).map(m -> PoolLesson.bound(m.median().users(),
                        m.median().pool() == null ? Double.MAX_VALUE : m.median().pool(), Integer.MAX_VALUE, m)).orElse(null)).toList(),
                "#ffffff", List.of(MISTAKE), null, 2, 9, null, "rectRot", false, "y", 0)));
        return new Spec("chart-pool-" + backend, "Connection pools", title,
                barConfig(title, labels, datasets, Map.of("y", axis("throughput (rps)", false, "left"))));
    }

    private Optional<Measurement> top(String target, String pass) {
        List<Measurement> steps = run.results().steps(target, "pool", pass);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
    }

    private Spec open(String what, String axis, boolean log, Function<Measurement, Double> y) {
        String id = "chart-open-" + what;
        String title = "open model: " + axis + " against the offered arrival rate";
        if (!run.results().has("open")) {
            return new Spec(id, "Open model", title, null);
        }
        List<Dataset<?>> datasets = new ArrayList<>();
        for (String t : targets) {
            List<Point> points = run.results().steps(t, "open").stream()
                    .filter(m -> m.median().rate() != null && y.apply(m) != null)
                    .map(m -> new Point(m.median().rate(), y.apply(m))).toList();
            if (!points.isEmpty()) {
                datasets.add(line(t, points, colour(t)));
            }
        }
        return new Spec(id, "Open model", title, xyConfig(title, datasets, "offered rate (requests/s)", axis, log));
    }

    /**
     * Lesson 8: each target's goodput or p99 against the offered load, without the bound (solid) and with it (dashed),
     * the load factor on a log scale so that 0.5x … 4x stand evenly apart.
     */
    private Spec overload(String what, String axis, boolean log, BiFunction<OverloadSeries, ResultRow, Double> y,
                          List<Dataset<?>> guides) {
        String id = "chart-overload-" + what;
        String title = "overload: " + axis + " against the offered load (dashed: with the bound)";
        String section = "Past capacity";
        if (!run.results().has(OverloadSeries.SCENARIO)) {
            return new Spec(id, section, title, null);
        }
        List<Dataset<?>> datasets = new ArrayList<>();
        for (String t : targets) {
            for (OverloadSeries s : OverloadSeries.both(run.results(), t)) {
                List<Point> points = s.steps().stream().map(Measurement::median).filter(r -> y.apply(s, r) != null)
                        .map(r -> new Point(r.loadFactor(), y.apply(s, r))).toList();
                if (!points.isEmpty()) {
                    datasets.add(line(t + ", " + s.label(), points, colour(t), s.isBounded() ? List.of(6, 4) : null));
                }
            }
        }
        datasets.addAll(guides);
        Axis x = new Axis("logarithmic", "bottom", new Title(true, "offered load (× capacity)"), null, null);
        return new Spec(id, section, title, xyConfig(title, datasets, x, axis(axis, log, "left")));
    }

    /** What a service that held could serve: all of the offered load up to its capacity, then its capacity. */
    private List<Dataset<?>> idealGoodput() {
        Set<Double> factors = new TreeSet<>();
        targets.forEach(t -> OverloadSeries.both(run.results(), t)
                .forEach(s -> s.steps().forEach(m -> factors.add(m.median().loadFactor()))));
        return factors.isEmpty() ? List.of() : List.of(guide("held: min(offered, capacity)",
                factors.stream().map(f -> new Point(f, 100 * Math.min(f, 1))).toList(), "#999999"));
    }

    private Spec fanout() {
        String title = "fanout: three lookups at once against one after the other";
        if (!run.results().has("fanout")) {
            return new Spec("chart-fanout", "Fan-out", title, null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, "fanout")).toList();
        List<Dataset<?>> datasets = List.of(
                bar("concurrent p50", values(labels, "fanout", "concurrent", ResultRow::p50Ms), List.of(FIX)),
                bar("sequential p50", values(labels, "fanout", "sequential", ResultRow::p50Ms), List.of(MISTAKE)),
                bar("concurrent p99", values(labels, "fanout", "concurrent", ResultRow::p99Ms), List.of("#82e0aa")),
                bar("sequential p99", values(labels, "fanout", "sequential", ResultRow::p99Ms), List.of("#f1948a")));
        return new Spec("chart-fanout", "Fan-out", title,
                barConfig(title, labels, datasets, Map.of("y", axis("latency (ms)", false, "left"))));
    }

    private Spec mistake(String scenario, String mistakeStep, String fixStep, String mistakeLabel, String fixLabel) {
        String id = "chart-" + scenario;
        String title = scenario + ": the mistake beside its fix (bars: rps, left; markers: probe p99, right)";
        if (!run.results().has(scenario)) {
            return new Spec(id, "Mistakes beside their fixes", title, null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, scenario)).toList();
        List<Dataset<?>> datasets = List.of(
                bar(mistakeLabel + ": rps", values(labels, scenario, mistakeStep, ResultRow::rps), List.of(MISTAKE)),
                bar(fixLabel + ": rps", values(labels, scenario, fixStep, ResultRow::rps), List.of(FIX)),
                marker("probe p99 during the mistake (ms)", values(labels, scenario, mistakeStep, ResultRow::probeP99Ms), "#78281f"),
                marker("probe p99 during the fix (ms)", values(labels, scenario, fixStep, ResultRow::probeP99Ms), "#145a32"));
        Map<String, Axis> scales = new LinkedHashMap<>();
        scales.put("y", axis("throughput (rps)", false, "left"));
        scales.put("y1", new Axis("logarithmic", "right", new Title(true, "probe p99 (ms)"), null, new Grid(false)));
        return new Spec(id, "Mistakes beside their fixes", title, barConfig(title, labels, datasets, scales));
    }

    private Spec perScenario(String what, String section, String title, Function<ResultRow, Double> field, String unit) {
        String id = "chart-" + what;
        Set<String> scenarios = new LinkedHashSet<>();
        run.results().all().forEach(m -> {
            if (field.apply(m.median()) != null) {
                scenarios.add(m.scenario());
            }
        });
        if (scenarios.isEmpty()) {
            return new Spec(id, section, title, null);
        }
        List<Dataset<?>> datasets = new ArrayList<>();
        int i = 0;
        for (String scenario : scenarios) {
            List<Double> peaks = targets.stream().map(t -> run.results().steps(t, scenario).stream()
                    .map(m -> field.apply(m.median())).filter(v -> v != null).max(Double::compare).orElse(null)).toList();
            datasets.add(bar(scenario, peaks, List.of(OTHER_COLOURS.get(i++ % OTHER_COLOURS.size()))));
        }
        return new Spec(id, section, title, barConfig(title, targets, datasets, Map.of("y", axis(unit, false, "left"))));
    }

    /** Lesson 6: CPU per request measured here, beside the published figures derived for the same styles. */
    private Spec cost() {
        String title = "cost: CPU µs per request, measured here (zero delay, same rate) and published";
        if (!run.results().has("cost")) {
            return new Spec("chart-cost", "What one request costs", title, null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, "cost")).toList();
        List<Dataset<?>> datasets = new ArrayList<>();
        datasets.add(bar("measured here", values(labels, "cost", "zero-delay", CostLesson::servingUs),
                labels.stream().map(this::colour).toList()));
        for (int i = 0; i < CostLesson.PUBLISHED.size(); i++) {
            var published = CostLesson.PUBLISHED.get(i).usPerRequest();
            datasets.add(bar("published [" + (i + 1) + "]", labels.stream().map(published::get).toList(),
                    List.of(OTHER_COLOURS.get(i % OTHER_COLOURS.size()))));
        }
        return new Spec("chart-cost", "What one request costs", title,
                barConfig(title, labels, datasets, Map.of("y", axis("CPU µs per request", false, "left"))));
    }

    /** Lesson 6: what a thousand requests in flight hold: live heap, and threads. */
    private Spec inFlight() {
        String title = "cost: with 1,000 requests in flight, live heap held (MB, left) and threads (right)";
        if (!run.results().has("cost")) {
            return new Spec("chart-in-flight", "What one request costs", title, null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().get(t, "cost", "in-flight").isPresent()).toList();
        List<Double> heap = labels.stream().map(t -> run.results().get(t, "cost", "in-flight").map(m -> CostLesson.perThousand(
                m.median(), run.results().get(t, "cost", "zero-delay").map(z -> z.median().heapIdleMb()).orElse(null),
                m.median().heapLiveMb())).orElse(null)).toList();
        List<Dataset<?>> datasets = List.of(
                bar("live heap per 1,000 in flight (MB)", heap, labels.stream().map(this::colour).toList()),
                marker("threads", values(labels, "cost", "in-flight", ResultRow::threadsPeak), "#1b2631"));
        Map<String, Axis> scales = new LinkedHashMap<>();
        scales.put("y", axis("MB", false, "left"));
        scales.put("y1", new Axis("logarithmic", "right", new Title(true, "threads"), null, new Grid(false)));
        return new Spec("chart-in-flight", "What one request costs", title, barConfig(title, labels, datasets, scales));
    }

    private List<Double> values(List<String> labels, String scenario, String step, Function<ResultRow, Double> field) {
        return labels.stream().map(t -> run.results().get(t, scenario, step).map(m -> field.apply(m.median())).orElse(null))
                .toList();
    }

    private String colour(String target) {
        String known = TARGET_COLOURS.get(target);
        return known != null ? known : OTHER_COLOURS.get(Math.floorMod(target.hashCode(), OTHER_COLOURS.size()));
    }

    private static ChartConfig xyConfig(String title, List<Dataset<?>> datasets, String x, String y, boolean log) {
        return xyConfig(title, datasets, new Axis("linear", "bottom", new Title(true, x), true, null), axis(y, log, "left"));
    }

    private static ChartConfig xyConfig(String title, List<Dataset<?>> datasets, Axis x, Axis y) {
        Map<String, Axis> scales = new LinkedHashMap<>();
        scales.put("x", x);
        scales.put("y", y);
        return new ChartConfig("line", new Data(null, datasets), options(title, scales));
    }

    private static ChartConfig barConfig(String title, List<String> labels, List<Dataset<?>> datasets, Map<String, Axis> scales) {
        return new ChartConfig("bar", new Data(labels, datasets), options(title, scales));
    }

    private static Options options(String title, Map<String, Axis> scales) {
        return new Options(false, true, false, new Interaction("nearest", false),
                new Plugins(new Title(true, title), new Legend("bottom")), scales);
    }

    private static Axis axis(String title, boolean log, String position) {
        return new Axis(log ? "logarithmic" : "linear", position, new Title(true, title), log ? null : true, null);
    }

    private static Dataset<Point> line(String label, List<Point> points, String colour) {
        return line(label, points, colour, null);
    }

    /** A line through measured points; {@code dash} (e.g. 6, 4) tells a second series of the same target apart. */
    private static Dataset<Point> line(String label, List<Point> points, String colour, List<Integer> dash) {
        return new Dataset<>(null, label, points, colour, List.of(colour), dash, null, 3, 0.1, null, null, null, null);
    }

    private static Dataset<Point> guide(String label, List<Point> points, String colour) {
        return new Dataset<>(null, label, points, colour, List.of(colour), List.of(6, 4), 1, 0, null, null, null, null, null);
    }

    private static Dataset<Double> bar(String label, List<Double> data, List<String> colours) {
        return new Dataset<>(null, label, data, null, colours, null, null, null, null, null, null, "y", 1);
    }

    /** Drawn over the bars, against the right-hand axis. */
    private static Dataset<Double> marker(String label, List<Double> data, String colour) {
        return new Dataset<>("line", label, data, "#ffffff", List.of(colour), null, 2, 9, null, "rectRot", false, "y1", 0);
    }
}
