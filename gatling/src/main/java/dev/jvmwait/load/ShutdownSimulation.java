package dev.jvmwait.load;

import static dev.jvmwait.load.Step.anyUserId;

import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * {@code shutdown}: graceful shutdown under load. Closed users, started together, each send a request with a 1 s wait;
 * once every one has been answered, they send the next together, and half a wait later, every user with one in flight,
 * the step sends the server SIGTERM ({@link ServerSignal}); each user then sends one request more and stops. A request
 * in flight at SIGTERM must still be answered 200 (else it was lost); one sent after it may be refused (connection
 * refused, or 503); the process must exit within its shutdown timeout. Where the service was started with
 * {@code MAX_IN_FLIGHT} ({@code -Dbound}), the users are at most half the bound, so that no request in flight was a
 * refusal.
 */
public class ShutdownSimulation extends Simulation {

    static List<Step> steps(Knobs knobs) {
        int delayMs = knobs.delayMs();
        String bound = System.getProperty("bound");
        int users = bound == null || bound.isBlank() ? knobs.fixedUsers()
                : Math.max(1, Math.min(knobs.fixedUsers(), Integer.parseInt(bound.trim()) / 2));
        return List.of(Step.closed("sigterm", users, session -> "/api/users/" + anyUserId() + "?delayMs=" + delayMs)
                .withDelayMs(delayMs));
    }

    private final StepPlan plan = new StepPlan(Scenario.SHUTDOWN);

    {
        setUp(plan.populations()).assertions(plan.assertions());
    }

    @Override
    public void after() {
        plan.writeRecords();
    }
}
