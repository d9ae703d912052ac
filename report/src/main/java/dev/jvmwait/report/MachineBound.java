package dev.jvmwait.report;

import dev.jvmwait.results.Environment;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which steps measured the machine rather than the style ({@link Capacity#machineBound}): results.csv's own
 * columns, or, for a run written before them, steps.csv's CPU per step divided by the cores environment.json
 * recorded for each side. Where a share the rule needs is unknown (no steps.csv, cores not recorded), the
 * state is unknown: never guessed.
 */
public final class MachineBound {

    /** A step's CPU shares (0..1 of each side's cores) and whether it was machine-bound; {@code null} = unknown. */
    public record State(Double loadgenShare, Double serverShare, Boolean bound, String source) {

        /** {@code yes: the load generator used 92% of its cores (≥ 80%)}, {@code no}, or {@code unknown}. */
        public String label(String scenario) {
            if (bound == null) {
                return "unknown";
            }
            return bound ? "yes: " + Capacity.machineBoundReason(scenario, loadgenShare, serverShare).orElse("") : "no";
        }
    }

    private final Map<String, StepCpuRow> steps;
    private final Integer serverCores;
    private final Integer gatlingCores;

    MachineBound(List<StepCpuRow> steps, Integer serverCores, Integer gatlingCores) {
        this.steps = new HashMap<>();
        // With --repeat, a step has a row per round: the busiest one counts.
        steps.forEach(s -> this.steps.merge(key(s.target(), s.scenario(), s.step()), s,
                (a, b) -> busier(a.loadgenCpuPct(), b.loadgenCpuPct()) ? a : b));
        this.serverCores = serverCores;
        this.gatlingCores = gatlingCores;
    }

    static MachineBound read(Path dir, Optional<Environment> environment) throws IOException {
        return new MachineBound(StepCpuRow.FILE.read(dir.resolve("steps.csv")),
                environment.map(Environment::serverCores).orElse(null),
                environment.map(Environment::gatlingCores).orElse(null));
    }

    private static boolean busier(Double a, Double b) {
        return a != null && (b == null || a >= b);
    }

    private static String key(String target, String scenario, String step) {
        return target + '\u0000' + scenario + '\u0000' + step;
    }

    /** The state of a step: its own columns if it has them, else what steps.csv and the recorded cores give. */
    public State of(Measurement m) {
        ResultRow r = m.median();
        if (r.machineBound() != null || r.loadgenCpuShare() != null || r.serverCpuShare() != null) {
            return new State(r.loadgenCpuShare(), r.serverCpuShare(), r.machineBound(), "results.csv");
        }
        StepCpuRow cpu = steps.get(key(m.target(), m.scenario(), m.step()));
        if (cpu == null) {
            return new State(null, null, null, "unknown: no steps.csv row");
        }
        Double loadgen = share(cpu.loadgenCpuPct(), gatlingCores);
        Double server = share(cpu.serverCpuPct(), serverCores);
        return new State(loadgen, server, Capacity.machineBound(m.scenario(), loadgen, server),
                "steps.csv and the cores in environment.json");
    }

    public boolean isMachineBound(Measurement m) {
        return Boolean.TRUE.equals(of(m).bound());
    }

    private static Double share(Double percentOfOneCore, Integer cores) {
        return percentOfOneCore == null || cores == null || cores <= 0 ? null : percentOfOneCore / 100.0 / cores;
    }
}
