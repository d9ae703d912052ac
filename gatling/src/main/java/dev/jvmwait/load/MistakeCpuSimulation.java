package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code mistake-cpu}: CPU work on the handler's own thread (the event loop, a virtual thread's
 * carrier), then the same work offloaded, with the probe measuring what every other request pays.
 */
public class MistakeCpuSimulation extends Simulation {

    {
        int users = Knobs.number("users", 8);
        int n = Knobs.number("n", 30);
        List<Step> steps = List.of(
                Step.closed("in-handler", users, null, n, null, true, session -> "/api/mistakes/cpu-in-handler/" + n),
                Step.closed("offloaded", users, null, n, null, true, session -> "/api/compute/fibonacci/" + n));
        setUp(new StepPlan(steps).closed());
    }
}
