package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void aLadderLabelsItsLevelsOneTwoThreeInOrder() {
        List<Step> steps = Step.ladder(List.of(50, 200, 500), (label, users) -> Step.closed(label, users, session -> "/"));

        assertEquals(List.of("1", "2", "3"), steps.stream().map(Step::label).toList());
        assertEquals(List.of(50, 200, 500), steps.stream().map(Step::users).toList());
    }

    @Test
    void eachNamedSettingChangesOnlyItself() {
        Step step = Step.closed("blocking-call", 20, session -> "/api/mistakes/blocking-call")
                .withDelayMs(100)
                .withIdealRps(Step.littleBound(20, 100))
                .withProbe();

        assertEquals(new Step("blocking-call", 20, null, 100, null, 200.0, true, false, false, null, null, false, 1, false, step.path()), step);
    }

    @Test
    void anOpenStepHasARateAndNoUsers() {
        Step step = Step.open("1", 1500, session -> "/").withDelayMs(100);

        assertEquals(1500.0, step.rate());
        assertEquals(null, step.users());
    }

    @Test
    void aPacedStepSendsItsRateFromAFewUsersEachAtItsOwnPace() {
        Step step = Step.paced("zero-delay", 2000, 20, session -> "/");

        assertEquals(20, step.users());
        assertEquals(2000.0, step.rate());
        assertEquals(10, step.paceMs());
        assertEquals(1000, StepPlan.rampMs(Scenario.COST, Knobs.of(Scenario.COST, Profile.DEFAULT), step), "spread over a second, not in lock-step");
    }

    @Test
    void pacedUsersSendEvenlySpreadOverTheirPaceNotTogether() {
        // Ramped over a second (a user every 50 ms), at a 10 ms pace every user would start on a multiple of 10 ms.
        assertEquals(LongStream.range(0, 20).map(i -> i * 500).boxed().toList(), firstSendsWithinPaceUs(20, 1000, 10));
        // Started at once (a smoke run), they are spread all the same.
        assertEquals(LongStream.range(0, 4).map(i -> i * 2500).boxed().toList(), firstSendsWithinPaceUs(4, 0, 10));
    }

    /** Where within its pace each user's first request goes: its start on the ramp plus its pause, modulo the pace. */
    private static List<Long> firstSendsWithinPaceUs(int users, long rampMs, int paceMs) {
        Function<Session, Duration> phases = StepPlan.phases(users, rampMs, paceMs);
        List<Long> sends = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            long startNs = i * rampMs * 1_000_000 / users;
            sends.add(Math.floorMod(startNs + phases.apply(null).toNanos(), paceMs * 1_000_000L) / 1000);
        }
        return sends.stream().sorted().toList();
    }

    @Test
    void theShutdownsUsersStartTogetherAndSigtermComesHalfAWaitAfterTheySendAgainTogether() {
        for (Profile profile : List.of(Profile.DEFAULT, Profile.SMOKE)) {
            Knobs knobs = Knobs.of(Scenario.SHUTDOWN, profile);
            Step sigterm = Scenario.SHUTDOWN.steps(knobs).getFirst();

            assertEquals(1000, sigterm.delayMs());
            assertEquals(0, StepPlan.rampMs(Scenario.SHUTDOWN, knobs, sigterm), profile + ": at once");
            assertEquals(500, StepPlan.warmMs(Scenario.SHUTDOWN, knobs, sigterm),
                    profile + ": no request sent within half a wait of SIGTERM");
        }
    }

    @Test
    void usersThatWaitStartOverASecondAndTheWindowOpensAfterTheRampAndAWait() {
        Knobs knobs = Knobs.of(Scenario.IO, Profile.DEFAULT);
        Step waits = Step.closed("4", 1000, session -> "/").withDelayMs(500);
        Step cpu = Step.closed("1", 4, session -> "/").withN(27);

        assertEquals(1000, StepPlan.rampMs(Scenario.IO, knobs, waits));
        assertEquals(1500, StepPlan.warmMs(Scenario.IO, knobs, waits));
        assertEquals(0, StepPlan.rampMs(Scenario.IO, knobs, cpu), "users that do not wait start at once");
        assertEquals(1000, StepPlan.warmMs(Scenario.IO, knobs, cpu), "the profile's warm-up");
        assertEquals(0, StepPlan.rampMs(Scenario.IO, Knobs.of(Scenario.IO, Profile.SMOKE), waits), "a smoke run only checks answers");
    }

    @Test
    void aSmokeRunAssertsThatNoRequestFailed() {
        assertEquals(1, new StepPlan(List.of(Knobs.of(Scenario.IO, Profile.SMOKE)), List.of(Scenario.IO)).assertions().size());
        assertTrue(new StepPlan(List.of(Knobs.of(Scenario.IO, Profile.DEFAULT)), List.of(Scenario.IO)).assertions().isEmpty(),
                "a measuring run keeps going through errors");
    }

    @Test
    void theWarmUpsPathsAreTheStepsRequestsWithTheShortestWaitAndASmallFibonacci() {
        Knobs mixed = Knobs.of(Scenario.MIXED, Profile.DEFAULT).withWaitAndN(1, 15);
        Knobs cpu = Knobs.of(Scenario.CPU, Profile.DEFAULT).withWaitAndN(1, 15);

        String path = Scenario.MIXED.steps(mixed).getFirst().path().apply(null);
        assertTrue(path.matches("/api/mixed/\\d+\\?delayMs=1&n=15"), path);
        assertEquals(0, cpu.delayMs(), "no wait where the step has none");
    }
}
