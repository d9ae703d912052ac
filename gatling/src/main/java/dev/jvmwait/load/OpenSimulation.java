package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;

/**
 * {@code open}: arrivals per second ramped step by step, whatever the answers' pace; the run stops after
 * the first step whose p99 exceeds twice the delay or that has errors.
 */
public class OpenSimulation extends Simulation {

    private StepPlan plan;

    {
        int delayMs = Knobs.number("delayMs", 100);
        plan = new StepPlan(Step.ladder(Knobs.ladder("rates", "500,1000,2000,4000,8000"), (label, rate) ->
                Step.open(label, rate, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs)));
        setUp(plan.open()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
