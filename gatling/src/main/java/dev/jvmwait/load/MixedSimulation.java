package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/** {@code mixed}: a ladder of users whose requests wait on I/O, then compute. */
public class MixedSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        int n = knobs.n();
        return Step.ladder(knobs.users(), (label, users) ->
                Step.closed(label, users, session -> "/api/mixed/" + anyUserId() + "?delayMs=" + delayMs + "&n=" + n)
                        .withDelayMs(delayMs)
                        .withN(n));
    }

    private final StepPlan plan = new StepPlan(Scenario.MIXED);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
