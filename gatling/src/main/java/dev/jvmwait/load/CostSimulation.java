package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code cost}: what one request costs each style. {@code zero-delay}: the same moderate rate for every target
 * ({@link Step#paced}) on a lookup that does not wait, for the CPU each request costs, started on a clean heap (a full
 * GC, which also reads the live heap with nothing in flight); then {@code in-flight}: a thousand users each waiting a
 * long time on one lookup, with the server's live heap read halfway, its resident memory and threads.
 */
public class CostSimulation extends Simulation {

    /** 20 users at 2,000 requests a second: one request each every 10 ms, many times what a zero-delay answer takes. */
    static final int PACED_USERS = 20;

    static List<Step> steps(Knobs knobs) {
        int users = knobs.fixedUsers();
        int delayMs = knobs.delayMs();
        double rate = knobs.rates().getFirst();
        return List.of(
                Step.paced("zero-delay", rate, PACED_USERS, session -> "/api/users/" + anyUserId() + "?delayMs=0")
                        .withDelayMs(0)
                        .withMemoryBefore(),
                Step.closed("in-flight", users, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                        .withDelayMs(delayMs)
                        .withIdealRps(Step.littleBound(users, delayMs))
                        .withLiveHeap());
    }

    private final StepPlan plan = new StepPlan(Scenario.COST);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
