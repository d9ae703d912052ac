package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.stream.IntStream;

/** {@code mixed}: a ladder of users whose requests wait on I/O, then compute. */
public class MixedSimulation extends Simulation {

    {
        int delayMs = Knobs.number("delayMs", 100);
        int n = Knobs.number("n", 25);
        List<Integer> ladder = Knobs.ladder("users", "50,200,500");
        List<Step> steps = IntStream.range(0, ladder.size())
                .mapToObj(i -> Step.closed(Integer.toString(i + 1), ladder.get(i), delayMs, n, null, false,
                        session -> "/api/mixed/" + Step.anyUserId() + "?delayMs=" + delayMs + "&n=" + n))
                .toList();
        setUp(new StepPlan(steps).closed());
    }
}
