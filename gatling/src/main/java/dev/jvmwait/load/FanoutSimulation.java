package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/** {@code fanout}: three lookups per request, concurrent (≈ 1× delay) then sequential (≈ 3× delay). */
public class FanoutSimulation extends Simulation {

    {
        int users = Knobs.number("users", 200);
        int delayMs = Knobs.number("delayMs", 100);
        List<Step> steps = List.of(
                Step.closed("concurrent", users, delayMs, null, Step.littleBound(users, delayMs), false,
                        session -> dashboard(delayMs, "concurrent")),
                Step.closed("sequential", users, delayMs, null, Step.littleBound(users, 3.0 * delayMs), false,
                        session -> dashboard(delayMs, "sequential")));
        setUp(new StepPlan(steps).closed());
    }

    private static String dashboard(int delayMs, String mode) {
        return "/api/users/" + Step.anyUserId() + "/dashboard?delayMs=" + delayMs + "&mode=" + mode;
    }
}
