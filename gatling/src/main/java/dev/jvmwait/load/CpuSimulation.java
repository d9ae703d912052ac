package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/** {@code cpu}: a ladder of users asking for a naive fibonacci: throughput tops out at the cores. */
public class CpuSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int n = knobs.n();
        return Step.ladder(knobs.users(), (label, users) ->
                Step.closed(label, users, session -> "/api/compute/fibonacci/" + n)
                        .withN(n));
    }

    private final StepPlan plan = new StepPlan(Scenario.CPU);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
