package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The Chart.js configurations of report.html, built from the measurements (a null config: not measured). */
final class Charts {

    /** One chart: its config is null when its scenario was not measured. */
    record Spec(String id, String section, String title, String caption, Map<String, Object> config) {
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
            String section = "Ladders: " + scenario;
            specs.add(ladder(scenario, section, "rps", "throughput (rps)", false, m -> m.median().rps(),
                    scenario.equals("io") ? ioGuides(waitMs) : List.of()));
            specs.add(ladder(scenario, section, "p99", "p99 latency (ms)", true, m -> m.median().p99Ms(), List.of()));
        }
        specs.add(fanout());
        specs.add(mistake("mistake-blocking", "blocking-call", "non-blocking",
                "blocking call in the handler (mistake)", "/api/users/{id} (fix)"));
        specs.add(mistake("mistake-cpu", "in-handler", "offloaded",
                "fibonacci in the handler (mistake)", "/api/compute/fibonacci (fix)"));
        specs.add(perScenario("memory", "Memory and threads", "peak resident memory (MB) per scenario", ResultRow::rssPeakMb, "MB"));
        specs.add(perScenario("threads", "Memory and threads", "peak thread count per scenario", ResultRow::threadsPeak, "threads"));
        specs.add(open("rps", "throughput (rps)", false, m -> m.median().rps()));
        specs.add(open("p99", "p99 latency (ms)", true, m -> m.median().p99Ms()));
        specs.add(ceiling());
        return specs;
    }

    private List<Map<String, Object>> ioGuides(double waitMs) {
        Set<Double> users = new java.util.TreeSet<>();
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
        List<Object> ideal = users.stream().<Object>map(u -> point(u, u * perSecond)).toList();
        List<Object> cap = users.stream().<Object>map(u -> point(u, bound)).toList();
        return List.of(guide("ideal: users ÷ wait", ideal, "#999999"),
                guide("thread-per-request bound: " + capacity.platformPool() + " threads ÷ wait", cap, "#c0392b"));
    }

    private Spec ladder(String scenario, String section, String what, String axis, boolean log,
                        Function<Measurement, Double> y, List<Map<String, Object>> guides) {
        String id = "chart-" + scenario + "-" + what;
        String title = scenario + ": " + axis + " against users";
        if (!run.results().has(scenario)) {
            return new Spec(id, section, title, "not measured", null);
        }
        List<Object> datasets = new ArrayList<>();
        for (String t : targets) {
            List<Object> points = run.results().steps(t, scenario).stream()
                    .filter(m -> m.median().users() != null && y.apply(m) != null)
                    .<Object>map(m -> point(m.median().users(), y.apply(m))).toList();
            if (!points.isEmpty()) {
                datasets.add(line(t, points, colour(t)));
            }
        }
        datasets.addAll(guides);
        return new Spec(id, section, title, "", xyConfig(title, datasets, "concurrent users", axis, log));
    }

    private Spec open(String what, String axis, boolean log, Function<Measurement, Double> y) {
        String id = "chart-open-" + what;
        String title = "open model: " + axis + " against the offered arrival rate";
        if (!run.results().has("open")) {
            return new Spec(id, "Open model", title, "not measured", null);
        }
        List<Object> datasets = new ArrayList<>();
        for (String t : targets) {
            List<Object> points = run.results().steps(t, "open").stream()
                    .filter(m -> m.median().rate() != null && y.apply(m) != null)
                    .<Object>map(m -> point(m.median().rate(), y.apply(m))).toList();
            if (!points.isEmpty()) {
                datasets.add(line(t, points, colour(t)));
            }
        }
        return new Spec(id, "Open model", title, "", xyConfig(title, datasets, "offered rate (requests/s)", axis, log));
    }

    private Spec fanout() {
        String title = "fanout: three lookups at once against one after the other";
        if (!run.results().has("fanout")) {
            return new Spec("chart-fanout", "Fan-out", title, "not measured", null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, "fanout")).toList();
        List<Object> datasets = List.of(
                bar("concurrent p50", values(labels, "fanout", "concurrent", ResultRow::p50Ms), FIX, "y"),
                bar("sequential p50", values(labels, "fanout", "sequential", ResultRow::p50Ms), MISTAKE, "y"),
                bar("concurrent p99", values(labels, "fanout", "concurrent", ResultRow::p99Ms), "#82e0aa", "y"),
                bar("sequential p99", values(labels, "fanout", "sequential", ResultRow::p99Ms), "#f1948a", "y"));
        Map<String, Object> scales = map("y", axis("latency (ms)", false, "left"));
        return new Spec("chart-fanout", "Fan-out", title, "", barConfig(title, labels, datasets, scales));
    }

    private Spec mistake(String scenario, String mistakeStep, String fixStep, String mistakeLabel, String fixLabel) {
        String id = "chart-" + scenario;
        String title = scenario + ": the mistake beside its fix (bars: rps, left; markers: probe p99, right)";
        if (!run.results().has(scenario)) {
            return new Spec(id, "Mistakes beside their fixes", title, "not measured", null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, scenario)).toList();
        List<Object> datasets = List.of(
                bar(mistakeLabel + ": rps", values(labels, scenario, mistakeStep, ResultRow::rps), MISTAKE, "y"),
                bar(fixLabel + ": rps", values(labels, scenario, fixStep, ResultRow::rps), FIX, "y"),
                marker("probe p99 during the mistake (ms)", values(labels, scenario, mistakeStep, ResultRow::probeP99Ms), "#78281f"),
                marker("probe p99 during the fix (ms)", values(labels, scenario, fixStep, ResultRow::probeP99Ms), "#145a32"));
        Map<String, Object> y1 = axis("probe p99 (ms)", true, "right");
        y1.put("grid", map("drawOnChartArea", false));
        Map<String, Object> scales = map("y", axis("throughput (rps)", false, "left"), "y1", y1);
        return new Spec(id, "Mistakes beside their fixes", title, "", barConfig(title, labels, datasets, scales));
    }

    private Spec perScenario(String what, String section, String title, Function<ResultRow, Double> field, String unit) {
        String id = "chart-" + what;
        List<String> labels = targets;
        Set<String> scenarios = new LinkedHashSet<>();
        run.results().all().forEach(m -> {
            if (field.apply(m.median()) != null) {
                scenarios.add(m.scenario());
            }
        });
        if (scenarios.isEmpty()) {
            return new Spec(id, section, title, "not measured", null);
        }
        List<Object> datasets = new ArrayList<>();
        int i = 0;
        for (String scenario : scenarios) {
            List<Object> data = new ArrayList<>();
            for (String t : labels) {
                data.add(run.results().steps(t, scenario).stream().map(m -> field.apply(m.median()))
                        .filter(v -> v != null).max(Double::compare).orElse(null));
            }
            datasets.add(bar(scenario, data, OTHER_COLOURS.get(i++ % OTHER_COLOURS.size()), "y"));
        }
        return new Spec(id, section, title, "", barConfig(title, labels, datasets, map("y", axis(unit, false, "left"))));
    }

    private Spec ceiling() {
        String title = "ceiling: zero-delay throughput (what the load generator and machine can push)";
        if (!run.results().has("ceiling")) {
            return new Spec("chart-ceiling", "Ceiling", title, "not measured", null);
        }
        List<String> labels = targets.stream().filter(t -> run.results().has(t, "ceiling")).toList();
        List<Object> data = labels.stream().<Object>map(t -> capacity.ceiling(t).orElse(null)).toList();
        Map<String, Object> ds = bar("rps", data, "#566573", "y");
        ds.put("backgroundColor", labels.stream().map(this::colour).toList());
        return new Spec("chart-ceiling", "Ceiling", title, "",
                barConfig(title, labels, List.of(ds), map("y", axis("throughput (rps)", false, "left"))));
    }

    private List<Object> values(List<String> labels, String scenario, String step, Function<ResultRow, Double> field) {
        return labels.stream().<Object>map(t -> run.results().get(t, scenario, step).map(m -> field.apply(m.median())).orElse(null))
                .toList();
    }

    private String colour(String target) {
        String known = TARGET_COLOURS.get(target);
        return known != null ? known : OTHER_COLOURS.get(Math.floorMod(target.hashCode(), OTHER_COLOURS.size()));
    }

    private static Map<String, Object> xyConfig(String title, List<Object> datasets, String x, String y, boolean log) {
        Map<String, Object> xAxis = axis(x, false, "bottom");
        xAxis.put("type", "linear");
        return map("type", "line",
                "data", map("datasets", datasets),
                "options", options(title, map("x", xAxis, "y", axis(y, log, "left"))));
    }

    private static Map<String, Object> barConfig(String title, List<String> labels, List<Object> datasets,
                                                 Map<String, Object> scales) {
        return map("type", "bar", "data", map("labels", labels, "datasets", datasets), "options", options(title, scales));
    }

    private static Map<String, Object> options(String title, Map<String, Object> scales) {
        return map("animation", false, "responsive", true, "maintainAspectRatio", false,
                "interaction", map("mode", "nearest", "intersect", false),
                "plugins", map("title", map("display", true, "text", title), "legend", map("position", "bottom")),
                "scales", scales);
    }

    private static Map<String, Object> axis(String title, boolean log, String position) {
        Map<String, Object> axis = map("type", log ? "logarithmic" : "linear", "position", position,
                "title", map("display", true, "text", title));
        if (!log) {
            axis.put("beginAtZero", true);
        }
        return axis;
    }

    private static Map<String, Object> line(String label, List<Object> points, String colour) {
        return map("label", label, "data", points, "borderColor", colour, "backgroundColor", colour,
                "pointRadius", 3, "tension", 0.1);
    }

    private static Map<String, Object> guide(String label, List<Object> points, String colour) {
        return map("label", label, "data", points, "borderColor", colour, "backgroundColor", colour,
                "borderDash", List.of(6, 4), "borderWidth", 1, "pointRadius", 0);
    }

    private static Map<String, Object> bar(String label, List<Object> data, String colour, String axis) {
        return map("label", label, "data", data, "backgroundColor", colour, "yAxisID", axis, "order", 1);
    }

    private static Map<String, Object> marker(String label, List<Object> data, String colour) {
        return map("type", "line", "label", label, "data", data, "yAxisID", "y1", "showLine", false,
                "pointStyle", "rectRot", "pointRadius", 9, "borderColor", "#ffffff", "borderWidth", 2,
                "backgroundColor", colour, "order", 0); // drawn over the bars
    }

    private static Map<String, Object> point(double x, double y) {
        return map("x", x, "y", y);
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
