package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** results.csv, read by its header and folded to one {@link Measurement} per target × scenario × step. */
public final class Results {

    /** The targets of API.md in the order the report shows them; others (from --url) follow in file order. */
    static final List<String> KNOWN_TARGETS = List.of("blocking", "virtual", "reactive", "coroutines", "quarkus-virtual");

    /** A scenario's steps in the order a reader follows them ({@link #steps(String, String)}). */
    private static final Comparator<Measurement> IN_STEP_ORDER = Comparator
            .comparingInt((Measurement m) -> m.median().stepOrder())
            .thenComparing(m -> m.median().loadFactor() != null)
            .thenComparing(m -> m.median().bound(), Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
            .thenComparing(m -> m.median().loadFactor(), Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
            .thenComparing(Measurement::step);

    private final List<ResultRow> rows;
    private final Map<String, Measurement> byKey;
    private final List<String> targets;

    private Results(List<ResultRow> rows, Map<String, Measurement> byKey, List<String> targets) {
        this.rows = rows;
        this.byKey = byKey;
        this.targets = targets;
    }

    public static Results read(Path csv) throws IOException {
        return of(ResultRow.FILE.read(csv));
    }

    static Results of(List<ResultRow> rows) {
        Map<String, List<ResultRow>> repeats = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<ResultRow> numbered = new ArrayList<>();
        for (ResultRow row : rows) {
            List<ResultRow> repeated = repeats.computeIfAbsent(key(row.target(), row.scenario(), row.step(), row.pass()),
                    k -> new ArrayList<>());
            // A row written before the round column is the n-th round of its step.
            ResultRow withRound = row.round() != null ? row : row.inRound(repeated.size() + 1);
            repeated.add(withRound);
            numbered.add(withRound);
            seen.add(row.target());
        }
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        repeats.forEach((key, repeated) -> byKey.put(key, Measurement.of(repeated)));
        List<String> targets = new ArrayList<>(KNOWN_TARGETS.stream().filter(seen::contains).toList());
        seen.stream().filter(t -> !KNOWN_TARGETS.contains(t)).forEach(targets::add);
        return new Results(List.copyOf(numbered), byKey, List.copyOf(targets));
    }

    /** Only the rows of one round of a repeated run, as if that round had been the whole run. */
    public Results round(int round) {
        return of(rows.stream().filter(row -> row.round() == round).toList());
    }

    /** The rounds this run measured: 1 … N. */
    public List<Integer> rounds() {
        return rows.stream().map(ResultRow::round).distinct().sorted().toList();
    }

    private static String key(String target, String scenario, String step, String pass) {
        return target + '\u0000' + scenario + '\u0000' + step + '\u0000' + pass;
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
        return byKey.values().stream().filter(m -> m.target().equals(target) && m.scenario().equals(scenario)
                && m.step().equals(step)).findFirst();
    }

    /**
     * The steps of one target's scenario, ladders in step order, named variants after them: those of no load factor
     * first, then those without a bound before those with one, and by load factor ({@code overload}: {@code capacity} and
     * {@code compile}, then 0.5x … 4x, then 0.5x-bounded …).
     */
    public List<Measurement> steps(String target, String scenario) {
        return byKey.values().stream()
                .filter(m -> m.target().equals(target) && m.scenario().equals(scenario))
                .sorted(IN_STEP_ORDER)
                .toList();
    }

    /** The steps of one target's scenario in the order the run measured them (the file's). */
    public List<Measurement> inRunOrder(String target, String scenario) {
        return byKey.values().stream().filter(m -> m.target().equals(target) && m.scenario().equals(scenario)).toList();
    }

    /** The steps of one target's scenario measured in one pass over a backend ({@link ResultRow#pass()}). */
    public List<Measurement> steps(String target, String scenario, String pass) {
        return steps(target, scenario).stream().filter(m -> m.median().pass().equals(pass)).toList();
    }

    /** The passes that measured a scenario, in the order of the file: {@code postgres, default pools}, ... */
    public List<String> passes(String scenario) {
        return rows.stream().filter(r -> r.scenario().equals(scenario)).map(ResultRow::pass).distinct().toList();
    }

    /** The real backends a scenario was measured over, in the order of the file ({@code sleep} left out). */
    public List<String> backends(String scenario) {
        return rows.stream().filter(r -> r.scenario().equals(scenario)).map(ResultRow::backendOrSleep)
                .filter(backend -> !backend.equals("sleep")).distinct().toList();
    }

    /** The passes that measured a scenario over one backend, in the order of the file. */
    public List<String> passes(String scenario, String backend) {
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.backendOrSleep().equals(backend))
                .map(ResultRow::pass).distinct().toList();
    }

    /** Whether a pass ran with each framework's default pools (none of its rows says the run set them). */
    public boolean defaultPools(String pass) {
        return rows.stream().filter(r -> r.pass().equals(pass)).noneMatch(r -> Boolean.FALSE.equals(r.poolDefault()));
    }

    /** Every measurement: scenario by scenario in the order of HARNESS.md, then target, then step. */
    public List<Measurement> all() {
        List<String> scenarioOrder = List.of("io", "cost", "fanout", "cpu", "mixed", "mistake-blocking", "mistake-cpu", "pool", "open", "ceiling",
                "overload", "shutdown");
        Comparator<Measurement> byScenario = Comparator.comparingInt(m -> {
            int i = scenarioOrder.indexOf(m.scenario());
            return i < 0 ? scenarioOrder.size() : i;
        });
        return byKey.values().stream()
                .sorted(byScenario.thenComparing(Measurement::scenario)
                        .thenComparing(m -> m.median().pass())
                        .thenComparingInt(m -> targets.indexOf(m.target()))
                        .thenComparing(IN_STEP_ORDER))
                .toList();
    }

    /** The largest number of repeats of any step: 1 unless compare.sh ran with --repeat. */
    public int maxRepeats() {
        return byKey.values().stream().mapToInt(Measurement::repeats).max().orElse(0);
    }
}
