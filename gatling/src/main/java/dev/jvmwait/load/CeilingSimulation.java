package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code ceiling}: a zero-delay endpoint at high concurrency. Nothing waits, so the rate it reaches is
 * what the load generator and the server's core can do together: the harness's own ceiling.
 */
public class CeilingSimulation extends Simulation {

    {
        int users = Knobs.number("users", 64);
        List<Step> steps = List.of(Step.closed("1", users, 0, null, null, false,
                session -> "/api/users/" + Step.anyUserId() + "?delayMs=0"));
        setUp(new StepPlan(steps).closed());
    }
}
