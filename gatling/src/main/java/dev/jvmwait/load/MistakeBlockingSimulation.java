package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static dev.jvmwait.load.Step.littleBound;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code mistake-blocking}: a blocking sleep right in the handler, then its fix, at the same load,
 * with the probe measuring what every other request pays.
 */
public class MistakeBlockingSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int users = knobs.fixedUsers();
        int delayMs = knobs.delayMs();
        return List.of(
                Step.closed("blocking-call", users, session -> "/api/mistakes/blocking-call?delayMs=" + delayMs)
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, delayMs))
                        .withProbe(),
                Step.closed("non-blocking", users, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, delayMs))
                        .withProbe());
    }

    private final StepPlan plan = new StepPlan(Scenario.MISTAKE_BLOCKING);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
