package dev.jvmwait.report;

import dev.jvmwait.results.StepCpuRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load generator's own CPU per step (steps.csv, if the run wrote one), to tell which side saturated:
 * a service that cannot go faster, or a load generator that could not push harder.
 */
public final class LoadGenerator {

    private final Map<String, Double> cpuPercentByStep;
    private final int cores;

    LoadGenerator(List<StepCpuRow> steps, int cores) {
        this.cpuPercentByStep = new LinkedHashMap<>();
        steps.stream().filter(s -> s.loadgenCpuPct() != null)
                .forEach(s -> cpuPercentByStep.put(key(s.target(), s.scenario(), s.step()), s.loadgenCpuPct()));
        this.cores = cores;
    }

    /** steps.csv of a results directory; {@code cores} is what the load generator could run on. */
    public static LoadGenerator read(Path dir, int cores) throws IOException {
        return new LoadGenerator(StepCpuRow.FILE.read(dir.resolve("steps.csv")), cores);
    }

    private static String key(String target, String scenario, String step) {
        return target + '|' + scenario + '|' + step;
    }

    public boolean isPresent() {
        return !cpuPercentByStep.isEmpty();
    }

    public String describe() {
        return "steps.csv (column loadgen_cpu_pct)";
    }

    /** The load generator's CPU as a share of the cores it had (0..1), for a step. */
    public Optional<Double> share(String target, String scenario, String step) {
        return Optional.ofNullable(cpuPercentByStep.get(key(target, scenario, step))).map(pct -> pct / 100.0 / cores);
    }

    /** At or above {@link Capacity#CPU_SATURATED} of its cores the load generator, not the service, is the likely limit. */
    public boolean saturated(String target, String scenario, String step) {
        return share(target, scenario, step).map(s -> s >= Capacity.CPU_SATURATED).orElse(false);
    }
}
