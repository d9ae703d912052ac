package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static dev.jvmwait.load.Step.littleBound;

import io.gatling.javaapi.core.Simulation;

/** {@code io}: a ladder of concurrent users, each waiting on one simulated I/O call after another. */
public class IoSimulation extends Simulation {

    private StepPlan plan;

    {
        int delayMs = Knobs.number("delayMs", 100);
        plan = new StepPlan(Step.ladder(Knobs.ladder("users", "50,200,500,1000"), (label, users) ->
                Step.closed(label, users, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, delayMs))));
        setUp(plan.closed()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
