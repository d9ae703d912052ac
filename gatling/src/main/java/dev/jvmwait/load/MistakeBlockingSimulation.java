package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code mistake-blocking}: a blocking sleep right in the handler, then its fix, at the same load,
 * with the probe measuring what every other request pays.
 */
public class MistakeBlockingSimulation extends Simulation {

    {
        int users = Knobs.number("users", 100);
        int delayMs = Knobs.number("delayMs", 100);
        double ideal = Step.littleBound(users, delayMs);
        List<Step> steps = List.of(
                Step.closed("blocking-call", users, delayMs, null, ideal, true,
                        session -> "/api/mistakes/blocking-call?delayMs=" + delayMs),
                Step.closed("non-blocking", users, delayMs, null, ideal, true,
                        session -> "/api/users/" + Step.anyUserId() + "?delayMs=" + delayMs));
        setUp(new StepPlan(steps).closed());
    }
}
