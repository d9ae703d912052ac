package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.stream.IntStream;

/** {@code io}: a ladder of concurrent users, each waiting on one simulated I/O call after another. */
public class IoSimulation extends Simulation {

    {
        int delayMs = Knobs.number("delayMs", 100);
        List<Integer> ladder = Knobs.ladder("users", "50,200,500,1000");
        List<Step> steps = IntStream.range(0, ladder.size())
                .mapToObj(i -> Step.closed(Integer.toString(i + 1), ladder.get(i), delayMs, null,
                        Step.littleBound(ladder.get(i), delayMs), false,
                        session -> "/api/users/" + Step.anyUserId() + "?delayMs=" + delayMs))
                .toList();
        setUp(new StepPlan(steps).closed());
    }
}
