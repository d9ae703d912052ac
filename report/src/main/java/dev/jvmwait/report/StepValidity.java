package dev.jvmwait.report;

import dev.jvmwait.results.Environment;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import dev.jvmwait.results.WarmUpRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which steps measured something other than the style, so that no verdict rests on them: <em>machine-bound</em>
 * steps ({@link Capacity#machineBound}: a side's cores were the limit) and <em>cold</em> ones
 * ({@link WarmUpRule#cold}: in a lesson that measures CPU, the server's JIT was still compiling). results.csv's own columns say so; for a run
 * written before them, steps.csv's CPU per step divided by the cores environment.json recorded for each side gives
 * the machine-bound state, and the cold state is unknown. Where a share the rule needs is unknown, so is the state:
 * never guessed.
 */
public final class StepValidity {

    /** A step's CPU shares (0..1 of each side's cores), its server JIT's share, and what they make it; {@code null} = unknown. */
    public record State(Double loadgenShare, Double serverShare, Boolean machineBound, Double serverJitShare, Boolean cold,
                        String source) {

        /** {@code yes: the load generator's side used 92% of its cores (≥ 80%)}, {@code no}, or {@code unknown}. */
        public String machineBoundLabel(String scenario) {
            if (machineBound == null) {
                return "unknown";
            }
            return machineBound ? "yes: " + Capacity.machineBoundReason(scenario, loadgenShare, serverShare).orElse("") : "no";
        }

        /** Why the step measured the machine or the compiler rather than the style; empty if it did not, or that is unknown. */
        public Optional<String> problem(String scenario) {
            List<String> problems = new ArrayList<>();
            if (Boolean.TRUE.equals(machineBound)) {
                problems.add("machine-bound: " + Capacity.machineBoundReason(scenario, loadgenShare, serverShare).orElse("?"));
            }
            if (Boolean.TRUE.equals(cold)) {
                problems.add("cold: the server's JIT used " + Figures.pct(serverJitShare) + " of its cores (≥ "
                        + Figures.pct(WarmUpRule.COLD) + ")");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        }
    }

    /**
     * Why a step that fell short measured the compiler ({@link ResultRow#serverCompiling}): {@code the server's JIT took
     * 35% of its core in the window (≥ 20%): ...}, as lessons 7 and 8 say it.
     */
    static String compilerTook(ResultRow r) {
        return "the server's JIT took " + Figures.pct(r.serverJitShare()) + " of its core in the window (≥ "
                + Figures.pct(WarmUpRule.COLD) + "): that much of the core was the compiler's, not the requests'";
    }

    private final Map<String, StepCpuRow> steps;
    private final Integer serverCores;
    private final Integer gatlingCores;

    StepValidity(List<StepCpuRow> steps, Integer serverCores, Integer gatlingCores) {
        this.steps = new HashMap<>();
        // With --repeat, a step has a row per round: the busiest one counts.
        steps.forEach(s -> this.steps.merge(key(s.target(), s.scenario(), s.step()), s,
                (a, b) -> busier(a.loadgenCpuPct(), b.loadgenCpuPct()) ? a : b));
        this.serverCores = serverCores;
        this.gatlingCores = gatlingCores;
    }

    static StepValidity read(Path dir, Optional<Environment> environment) throws IOException {
        return new StepValidity(StepCpuRow.FILE.read(dir.resolve("steps.csv")),
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
            // A backend the run started beside the load generator counts on its side, as the harness judged it.
            Double loadgenSide = r.loadgenCpuShare() == null || r.backendCpuShare() == null ? r.loadgenCpuShare()
                    : r.loadgenCpuShare() + r.backendCpuShare();
            return new State(loadgenSide, r.serverCpuShare(), r.machineBound(), r.serverJitShare(), r.cold(),
                    "results.csv");
        }
        StepCpuRow cpu = steps.get(key(m.target(), m.scenario(), m.step()));
        if (cpu == null) {
            return new State(null, null, null, null, null, "unknown: no steps.csv row");
        }
        Double loadgen = share(cpu.loadgenCpuPct(), gatlingCores);
        Double server = share(cpu.serverCpuPct(), serverCores);
        return new State(loadgen, server, Capacity.machineBound(m.scenario(), loadgen, server), null, null,
                "steps.csv and the cores in environment.json");
    }

    /** Why no verdict may rest on this step (machine-bound, cold), or empty. */
    public Optional<String> problem(Measurement m) {
        return of(m).problem(m.scenario());
    }

    public boolean isMachineBound(Measurement m) {
        return Boolean.TRUE.equals(of(m).machineBound());
    }

    private static Double share(Double percentOfOneCore, Integer cores) {
        return percentOfOneCore == null || cores == null || cores <= 0 ? null : percentOfOneCore / 100.0 / cores;
    }
}
