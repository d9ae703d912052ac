package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every scenario, and what it runs in each {@link Profile}: the one place for ladders and knobs. compare.sh
 * asks for them ({@code dev.jvmwait.harness.Plan}); the simulations read them ({@link Knobs}). A quick cell
 * left empty means the scenario is not part of {@code --quick} (asked for by name, it runs its default load).
 * Every I/O wait is {@link #WAIT_MS}.
 */
public enum Scenario {
    //                                                          default                        --quick                --smoke
    IO(IoSimulation.class, IoSimulation::steps,                 Load.users(50, 200, 500, 1000), Load.users(200, 1000), Load.users(10)),
    FANOUT(FanoutSimulation.class, FanoutSimulation::steps,     Load.users(200),                null,                  Load.users(10)),
    CPU(CpuSimulation.class, CpuSimulation::steps,              Load.users(1, 4, 16).n(27),     null,                  Load.users(1, 2).n(20)),
    MIXED(MixedSimulation.class, MixedSimulation::steps,        Load.users(50, 500).n(25),      null,                  Load.users(10).n(20)),
    // Longer and lighter: on an event loop its requests take users × wait ÷ loops to come back.
    MISTAKE_BLOCKING(MistakeBlockingSimulation.class, MistakeBlockingSimulation::steps,
                                                                Load.users(20).stepS(5),        Load.users(20).stepS(2), Load.users(10).stepS(1)),
    MISTAKE_CPU(MistakeCpuSimulation.class, MistakeCpuSimulation::steps,
                                                                Load.users(8).n(32),            Load.users(8).n(32),   Load.users(2).n(25)),
    // The ceiling runs on a warm service, before the open model overloads it.
    CEILING(CeilingSimulation.class, CeilingSimulation::steps,  Load.users(64).stepS(3),        Load.users(64).stepS(1), Load.users(8)),
    OPEN(OpenSimulation.class, OpenSimulation::steps,           Load.rates(1500, 3000, 6000),   null,                  Load.rates(50, 100));

    /** The simulated I/O wait of every request that waits. */
    public static final int WAIT_MS = 100;

    private final Class<? extends Simulation> simulation;
    private final Function<Knobs, List<Step>> steps;
    private final Load defaultLoad;
    private final Load quickLoad;
    private final Load smokeLoad;

    Scenario(Class<? extends Simulation> simulation, Function<Knobs, List<Step>> steps, Load defaultLoad, Load quickLoad,
             Load smokeLoad) {
        this.simulation = simulation;
        this.steps = steps;
        this.defaultLoad = defaultLoad;
        this.quickLoad = quickLoad;
        this.smokeLoad = smokeLoad;
    }

    /** The name compare.sh, results.csv and the report use: {@code io}, {@code mistake-blocking}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Scenario named(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + label + " (known: "
                        + String.join(", ", Arrays.stream(values()).map(Scenario::label).toList()) + ")"));
    }

    /** The scenarios a profile runs, in the order it runs them. */
    public static List<Scenario> of(Profile profile) {
        return Arrays.stream(values()).filter(s -> profile != Profile.QUICK || s.quickLoad != null).toList();
    }

    public Class<? extends Simulation> simulation() {
        return simulation;
    }

    /** What this scenario runs in a profile. */
    public Load load(Profile profile) {
        return switch (profile) {
            case DEFAULT -> defaultLoad;
            case QUICK -> quickLoad != null ? quickLoad : defaultLoad;
            case SMOKE -> smokeLoad;
        };
    }

    /** The steps the simulation runs with these knobs. */
    public List<Step> steps(Knobs knobs) {
        return steps.apply(knobs);
    }
}
