package dev.jvmwait.load;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code pool}: the {@code io} ladder over a real backend, where each lookup is a query or an HTTP call that holds a
 * pooled connection for its wait: once the users outnumber the pool, the pool ÷ the wait is the cap, whatever the style.
 */
public class PoolSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        return IoSimulation.steps(knobs);
    }

    private final StepPlan plan = new StepPlan(Scenario.POOL);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
