package dev.jvmwait.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The load generator's own CPU per step (loadgen.csv or steps.csv, if compare.sh wrote one), to tell which
 * side saturated: a service that cannot go faster, or a load generator that could not push harder.
 */
public final class LoadGenerator {

    /** At or above this share of its cores the load generator, not the service, is the likely limit. */
    static final double SATURATED_SHARE = 0.90;

    private final String file;
    private final String cpuColumn;
    private final Map<String, Double> cpuByStep;
    private final int cores;

    private LoadGenerator(String file, String cpuColumn, Map<String, Double> cpuByStep, int cores) {
        this.file = file;
        this.cpuColumn = cpuColumn;
        this.cpuByStep = cpuByStep;
        this.cores = cores;
    }

    public static LoadGenerator read(Path dir, Environment env) throws IOException {
        int cores = env.find("gatling", "cpu").or(() -> env.find("load", "cpu"))
                .or(() -> env.find("gatling", "core")).or(() -> env.find("load", "core"))
                .flatMap(Environment::countCpuList).orElse(1);
        for (String name : List.of("loadgen.csv", "steps.csv")) {
            Path csv = dir.resolve(name);
            if (Files.exists(csv)) {
                return parse(name, Files.readAllLines(csv, StandardCharsets.UTF_8), cores);
            }
        }
        return new LoadGenerator(null, null, Map.of(), cores);
    }

    static LoadGenerator parse(String name, List<String> lines, int cores) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return new LoadGenerator(name, null, Map.of(), cores);
        }
        List<String> header = Csv.split(nonBlank.getFirst()).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int target = header.indexOf("target");
        int scenario = header.indexOf("scenario");
        int step = header.indexOf("step");
        int cpu = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.contains("cpu") && (h.contains("gatling") || h.contains("load") || h.contains("gen"))) {
                cpu = i;
                break;
            }
            if (cpu < 0 && h.contains("cpu")) {
                cpu = i;
            }
        }
        Map<String, Double> byStep = new LinkedHashMap<>();
        if (target >= 0 && scenario >= 0 && step >= 0 && cpu >= 0) {
            for (String line : nonBlank.subList(1, nonBlank.size())) {
                List<String> cells = Csv.split(line);
                if (cells.size() > Math.max(Math.max(target, scenario), Math.max(step, cpu))) {
                    Double value = Csv.number(cells.get(cpu));
                    if (value != null) {
                        byStep.put(cells.get(target) + '|' + cells.get(scenario) + '|' + cells.get(step), value);
                    }
                }
            }
        }
        return new LoadGenerator(name, cpu >= 0 ? header.get(cpu) : null, byStep, cores);
    }

    public boolean isPresent() {
        return !cpuByStep.isEmpty();
    }

    public String describe() {
        return file + " (column " + cpuColumn + ")";
    }

    /** The load generator's CPU as a share of the cores it had (0..1), for a step. */
    public Optional<Double> share(String target, String scenario, String step) {
        Double value = cpuByStep.get(target + '|' + scenario + '|' + step);
        if (value == null) {
            return Optional.empty();
        }
        String column = cpuColumn.toLowerCase(Locale.ROOT);
        double share;
        if (column.contains("pct") || column.contains("percent") || value > 1.5) {
            // a percentage: of one core ("top" style, may exceed 100) or already of all its cores
            share = value > 100 ? value / 100.0 / cores : value / 100.0;
        } else {
            share = value; // already a fraction
        }
        return Optional.of(share);
    }

    public boolean saturated(String target, String scenario, String step) {
        return share(target, scenario, step).map(s -> s >= SATURATED_SHARE).orElse(false);
    }
}
