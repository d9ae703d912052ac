package dev.jvmwait.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the harness runs against a target, in one Gatling run: the warm-up to a steady state ({@link WarmUp}: two
 * phases of {@code -DwarmUpCapS} seconds at most each; none if 0, or if no scenario {@link Scenario#needsWarmServer}),
 * then the steps of each scenario
 * {@code -Dscenarios} names, in that order. Writes each
 * step's record to {@code -Drecords} and the warm-up's to {@code -DwarmUpRecord}.
 */
public class RunSimulation extends Simulation {

    private final List<Scenario> scenarios = Arrays.stream(System.getProperty("scenarios", "io").split(","))
            .filter(name -> !name.isBlank()).map(Scenario::named).toList();
    private final double warmUpCapS = Double.parseDouble(System.getProperty("warmUpCapS", "0"));
    private final WarmUp warmUp = warmUpCapS > 0 && scenarios.stream().anyMatch(Scenario::needsWarmServer)
            ? new WarmUp(warmUpCapS, SteadyState.JitClock.server(), scenarios) : null;
    private final StepPlan plan = new StepPlan(scenarios);

    {
        List<PopulationBuilder> steps = plan.populations();
        setUp(warmUp == null ? steps : List.of(warmUp.population(plan.protocol()).andThen(steps))).assertions(plan.assertions());
    }

    /** Gatling has started (while the server did): now wait for the target, then the warm-up and the steps run. */
    @Override
    public void before() {
        Target.await(System.getProperty("baseUrl", "http://127.0.0.1:8081"));
    }

    @Override
    public void after() {
        plan.writeRecords();
        String file = System.getProperty("warmUpRecord");
        if (warmUp != null && file != null && !file.isBlank()) {
            try {
                warmUp.write(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads what the warm-up wrote: each phase's result. */
    public static List<SteadyState.Result> readWarmUp(Path file) throws IOException {
        WarmUp.Outcome outcome = WarmUp.read(file);
        return List.of(outcome.paths(), outcome.io());
    }
}
