package dev.jvmwait.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** results.csv, read by column name and folded to one {@link Measurement} per target × scenario × step. */
public final class Results {

    /** The targets of API.md in the order the report shows them; others (from --url) follow in file order. */
    static final List<String> KNOWN_TARGETS = List.of("blocking", "virtual", "reactive", "coroutines", "quarkus-virtual");

    private final Map<String, Measurement> byKey;
    private final List<String> targets;

    private Results(Map<String, Measurement> byKey, List<String> targets) {
        this.byKey = byKey;
        this.targets = targets;
    }

    public static Results read(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return new Results(Map.of(), List.of());
        }
        return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    static Results parse(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return new Results(Map.of(), List.of());
        }
        List<String> header = Csv.split(nonBlank.getFirst()).stream().map(String::toLowerCase).toList();
        Map<String, List<Row>> repeats = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : nonBlank.subList(1, nonBlank.size())) {
            Row row = toRow(header, Csv.split(line));
            repeats.computeIfAbsent(key(row.target(), row.scenario(), row.step()), k -> new ArrayList<>()).add(row);
            seen.add(row.target());
        }
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        repeats.forEach((key, rows) -> byKey.put(key, Measurement.of(rows)));
        List<String> targets = new ArrayList<>(KNOWN_TARGETS.stream().filter(seen::contains).toList());
        seen.stream().filter(t -> !KNOWN_TARGETS.contains(t)).forEach(targets::add);
        return new Results(byKey, List.copyOf(targets));
    }

    private static Row toRow(List<String> header, List<String> cells) {
        Map<String, String> c = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            c.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return new Row(c.getOrDefault("target", ""), c.getOrDefault("scenario", ""), c.getOrDefault("step", ""),
                num(c, "users"), num(c, "rate"), num(c, "delay_ms"), num(c, "n"), num(c, "duration_s"),
                num(c, "requests"), num(c, "ok"), num(c, "ko"), num(c, "rps"),
                num(c, "p50_ms"), num(c, "p95_ms"), num(c, "p99_ms"), num(c, "max_ms"),
                num(c, "ideal_rps"), num(c, "efficiency"), num(c, "cpu_us_per_req"),
                num(c, "rss_peak_mb"), num(c, "threads_peak"), num(c, "probe_p99_ms"));
    }

    private static Double num(Map<String, String> cells, String column) {
        return Csv.number(cells.get(column));
    }

    private static String key(String target, String scenario, String step) {
        return target + '\u0000' + scenario + '\u0000' + step;
    }

    public List<String> targets() {
        return targets;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public boolean has(String scenario) {
        return byKey.values().stream().anyMatch(m -> m.scenario().equals(scenario));
    }

    public boolean has(String target, String scenario) {
        return byKey.values().stream().anyMatch(m -> m.target().equals(target) && m.scenario().equals(scenario));
    }

    public Optional<Measurement> get(String target, String scenario, String step) {
        return Optional.ofNullable(byKey.get(key(target, scenario, step)));
    }

    /** The steps of one target's scenario, ladders in step order, named variants after them. */
    public List<Measurement> steps(String target, String scenario) {
        return byKey.values().stream()
                .filter(m -> m.target().equals(target) && m.scenario().equals(scenario))
                .sorted(Comparator.comparingInt((Measurement m) -> m.median().stepOrder()).thenComparing(Measurement::step))
                .toList();
    }

    /** Every measurement: scenario by scenario in the order of HARNESS.md, then target, then step. */
    public List<Measurement> all() {
        List<String> scenarioOrder = List.of("io", "fanout", "cpu", "mixed", "mistake-blocking", "mistake-cpu", "open", "ceiling");
        Comparator<Measurement> byScenario = Comparator.comparingInt(m -> {
            int i = scenarioOrder.indexOf(m.scenario());
            return i < 0 ? scenarioOrder.size() : i;
        });
        return byKey.values().stream()
                .sorted(byScenario.thenComparing(Measurement::scenario)
                        .thenComparingInt(m -> targets.indexOf(m.target()))
                        .thenComparingInt(m -> m.median().stepOrder())
                        .thenComparing(Measurement::step))
                .toList();
    }

    /** The largest number of repeats of any step: 1 unless compare.sh ran with --repeat. */
    public int maxRepeats() {
        return byKey.values().stream().mapToInt(Measurement::repeats).max().orElse(0);
    }
}
