package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code mistake-cpu}: CPU work on the handler's own thread (the event loop, a virtual thread's
 * carrier), then the same work offloaded, with the probe measuring what every other request pays.
 */
public class MistakeCpuSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int users = knobs.fixedUsers();
        int n = knobs.n();
        return List.of(
                Step.closed("in-handler", users, session -> "/api/mistakes/cpu-in-handler/" + n).withN(n).withProbe(),
                Step.closed("offloaded", users, session -> "/api/compute/fibonacci/" + n).withN(n).withProbe());
    }

    private final StepPlan plan = new StepPlan(Scenario.MISTAKE_CPU);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
