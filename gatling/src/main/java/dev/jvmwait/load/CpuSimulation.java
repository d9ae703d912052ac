package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;

/** {@code cpu}: a ladder of users asking for a naive fibonacci: throughput tops out at the cores. */
public class CpuSimulation extends Simulation {

    private StepPlan plan;

    {
        int n = Knobs.number("n", 27);
        plan = new StepPlan(Step.ladder(Knobs.ladder("users", "1,4,16,64"), (label, users) ->
                Step.closed(label, users, session -> "/api/compute/fibonacci/" + n)
                        .withN(n)));
        setUp(plan.closed()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
