package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.stream.IntStream;

/** {@code cpu}: a ladder of users asking for a naive fibonacci: throughput tops out at the cores. */
public class CpuSimulation extends Simulation {

    {
        int n = Knobs.number("n", 27);
        List<Integer> ladder = Knobs.ladder("users", "1,4,16,64");
        List<Step> steps = IntStream.range(0, ladder.size())
                .mapToObj(i -> Step.closed(Integer.toString(i + 1), ladder.get(i), null, n, null, false,
                        session -> "/api/compute/fibonacci/" + n))
                .toList();
        setUp(new StepPlan(steps).closed());
    }
}
