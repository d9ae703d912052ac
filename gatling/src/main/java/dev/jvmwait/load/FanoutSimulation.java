package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;
import static dev.jvmwait.load.Step.littleBound;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/** {@code fanout}: three lookups per request, concurrent (≈ 1× delay) then sequential (≈ 3× delay). */
public class FanoutSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int users = knobs.fixedUsers();
        int delayMs = knobs.delayMs();
        return List.of(
                Step.closed("concurrent", users, session -> dashboard(delayMs, "concurrent"))
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, delayMs)),
                Step.closed("sequential", users, session -> dashboard(delayMs, "sequential"))
                        .withDelayMs(delayMs)
                        .withIdealRps(littleBound(users, 3.0 * delayMs)));
    }

    private static String dashboard(int delayMs, String mode) {
        return "/api/users/" + anyUserId() + "/dashboard?delayMs=" + delayMs + "&mode=" + mode;
    }

    private final StepPlan plan = new StepPlan(Scenario.FANOUT);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
