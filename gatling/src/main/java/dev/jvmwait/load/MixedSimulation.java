package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;

/** {@code mixed}: a ladder of users whose requests wait on I/O, then compute. */
public class MixedSimulation extends Simulation {

    private StepPlan plan;

    {
        int delayMs = Knobs.number("delayMs", 100);
        int n = Knobs.number("n", 25);
        plan = new StepPlan(Step.ladder(Knobs.ladder("users", "50,200,500"), (label, users) ->
                Step.closed(label, users, session -> "/api/mixed/" + anyUserId() + "?delayMs=" + delayMs + "&n=" + n)
                        .withDelayMs(delayMs)
                        .withN(n)));
        setUp(plan.closed()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
