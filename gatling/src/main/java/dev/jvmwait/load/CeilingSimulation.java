package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code ceiling}: a zero-delay endpoint at high concurrency. Nothing waits, so the rate it reaches is
 * what the load generator and the server's core can do together: the harness's own ceiling.
 */
public class CeilingSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        return List.of(Step.closed("1", knobs.fixedUsers(), session -> "/api/users/" + anyUserId() + "?delayMs=0")
                .withDelayMs(0));
    }

    private final StepPlan plan = new StepPlan(Scenario.CEILING);

    {
        setUp(plan.closed()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
