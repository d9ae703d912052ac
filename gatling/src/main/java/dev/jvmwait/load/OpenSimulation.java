package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code open}: arrivals per second ramped step by step, whatever the answers' pace; the run stops after
 * the first step whose p99 exceeds twice the delay or that has errors.
 */
public class OpenSimulation extends Simulation {

    {
        int delayMs = Knobs.number("delayMs", 100);
        List<Integer> rates = Knobs.ladder("rates", "500,1000,2000,4000,8000");
        List<Step> steps = IntStream.range(0, rates.size())
                .mapToObj(i -> Step.open(Integer.toString(i + 1), rates.get(i), delayMs,
                        session -> "/api/users/" + Step.anyUserId() + "?delayMs=" + delayMs))
                .toList();
        setUp(new StepPlan(steps).open());
    }
}
