package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static dev.jvmwait.load.Step.littleBound;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/** {@code io}: a ladder of concurrent users, each waiting on one simulated I/O call after another. */
public class IoSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        return Step.ladder(knobs.users(), (label, users) ->
                Step.closed(label, users, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, delayMs)));
    }

    private final StepPlan plan = new StepPlan(Scenario.IO);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
