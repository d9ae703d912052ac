package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code open}: arrivals per second ramped step by step, whatever the answers' pace; the run stops after
 * the first step whose p99 exceeds twice the delay or that has errors.
 */
public class OpenSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        return Step.ladder(knobs.rates(), (label, rate) ->
                Step.open(label, rate, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs));
    }

    private final StepPlan plan = new StepPlan(Scenario.OPEN);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
