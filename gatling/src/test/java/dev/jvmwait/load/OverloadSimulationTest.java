package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverloadSimulationTest {

    private final Knobs knobs = Knobs.of(Scenario.OVERLOAD, Profile.DEFAULT);

    @AfterEach
    void forgetTheCapacity() {
        System.clearProperty("capacityRps");
        System.clearProperty(OverloadSimulation.PART);
    }

    @Test
    void withoutACapacityTheRunCompilesThePathsThenMeasuresTheCapacityWarmWithoutTheBound() {
        List<Step> steps = OverloadSimulation.steps(knobs);

        assertEquals(List.of(OverloadSimulation.COMPILE, "capacity"), steps.stream().map(Step::label).toList());
        assertCompiles(steps.getFirst());
        Step capacity = steps.getLast();
        assertEquals(200, capacity.users());
        assertEquals(0, capacity.bound(), "no bound while the capacity is measured");
        assertTrue(capacity.settles());
        assertTrue(capacity.path().apply(null).matches("/api/mixed/\\d+\\?delayMs=\\d+&n=31"), capacity.path().apply(null));
    }

    @Test
    void withACapacityTheRunCompilesAgainThenTheLadderRunsUpWithTheBoundThenWithoutItFromTwice() {
        System.setProperty("capacityRps", "200");

        List<Step> steps = OverloadSimulation.steps(knobs);

        assertEquals(List.of(OverloadSimulation.RECOMPILE, "0.5x-bounded", "2x-bounded", "4x-bounded",
                        OverloadSimulation.CAPACITY_AFTER, "2x", "4x"),
                steps.stream().map(Step::label).toList(), "at 0.5x the bound refuses nothing: one step for both series");
        assertCompiles(steps.getFirst());
        List<Step> ladder = steps.subList(1, steps.size());
        assertEquals(Arrays.asList(100.0, 400.0, 800.0, null, 400.0, 800.0), ladder.stream().map(Step::rate).toList());
        int bound = OverloadSimulation.boundFor(200, 200); // ⌈40 waiting + √40⌉
        assertEquals(47, bound);
        assertEquals(List.of(bound, bound, bound, 0, 0, 0), ladder.stream().map(Step::bound).toList());
        assertEquals(List.of(2, 1, 1, 1, 1, 1), ladder.stream().map(Step::warmTimes).toList(), "the first open step warms longer");
        assertTrue(ladder.stream().noneMatch(Step::compiles));
        Step again = ladder.get(3);
        assertEquals(200, again.users(), "the capacity again, as the first measured it");
        assertTrue(again.path().apply(null).matches("/api/mixed/\\d+\\?delayMs=\\d+&n=31"), again.path().apply(null));
    }

    @Test
    void theLadderRunsInPartsTheBoundedSeriesAgainWithoutTheRecompile() {
        System.setProperty("capacityRps", "200");

        System.setProperty(OverloadSimulation.PART, OverloadSimulation.BOUNDED_PART);
        assertEquals(List.of(OverloadSimulation.RECOMPILE, "0.5x-bounded", "2x-bounded", "4x-bounded",
                OverloadSimulation.CAPACITY_AFTER), OverloadSimulation.steps(knobs).stream().map(Step::label).toList());
        System.setProperty(OverloadSimulation.PART, OverloadSimulation.BOUNDED_AGAIN_PART);
        System.setProperty("capacityRps", "300");
        List<Step> again = OverloadSimulation.steps(knobs);
        assertEquals(List.of("0.5x-bounded", "2x-bounded", "4x-bounded", OverloadSimulation.CAPACITY_AFTER),
                again.stream().map(Step::label).toList());
        assertEquals(Arrays.asList(150.0, 600.0, 1200.0, null), again.stream().map(Step::rate).toList(), "at the new capacity");
        System.setProperty(OverloadSimulation.PART, OverloadSimulation.UNBOUNDED_PART);
        assertEquals(List.of("2x", "4x"), OverloadSimulation.steps(knobs).stream().map(Step::label).toList());
    }

    @Test
    void theStepsOfTheLadderOpenTheirWindowsByTheClockTheCapacityOnceItIsSteady() {
        Step capacity = OverloadSimulation.steps(knobs).getLast();
        System.setProperty("capacityRps", "200");
        List<Step> ladder = OverloadSimulation.steps(knobs);

        assertEquals(Math.round(knobs.jitWaitCapS() * 1000), StepPlan.jitWaitCapMs(Scenario.OVERLOAD, knobs, capacity));
        assertTrue(StepPlan.jitWaitCapMs(Scenario.OVERLOAD, knobs, capacity) > 0);
        ladder.stream().filter(step -> !step.compiles()).forEach(step -> assertEquals(0,
                StepPlan.jitWaitCapMs(Scenario.OVERLOAD, knobs, step), step.label() + ": the next step starts by the clock"));
    }

    /** Quick requests from a few users back-to-back, one more than the bound, for twice a step's warm-up, then its window. */
    private void assertCompiles(Step step) {
        assertTrue(step.compiles());
        assertEquals(4, step.users());
        assertEquals(3, step.bound(), "a share of its requests refused");
        assertTrue(step.path().apply(null).matches("/api/mixed/\\d+\\?delayMs=1&n=15"), step.path().apply(null));
        assertEquals(2_000, StepPlan.warmMs(Scenario.OVERLOAD, knobs, step));
    }

    @Test
    void aWaitIsDrawnEvenlyAroundTheMeanAndTheBoundIsAtLeastFour() {
        for (int i = 0; i < 1_000; i++) {
            int waitMs = OverloadSimulation.anyWaitMs(200);
            assertTrue(waitMs >= 100 && waitMs <= 300, waitMs + " ms");
        }
        assertEquals(4, OverloadSimulation.boundFor(1, 200));
    }

    @Test
    void theBoundIsTheRequestsWaitingAtCapacityAndTheSquareRootOfThatMore() {
        assertEquals(42, OverloadSimulation.boundFor(180, 200), "36 waiting, 6 more: a whole number stays whole");
        assertEquals(40, OverloadSimulation.boundFor(170, 200), "34 waiting, 5.8 more");
        assertEquals(110, OverloadSimulation.boundFor(1_000, 100), "the margin grows as the square root: 100 and 10");
    }

    @Test
    void aSettlingStepWarmsAtLeastFiveSecondsWhereTheProfileWaitsForTheJit() {
        Step capacity = Step.closed("capacity", 200, session -> "/").withDelayMs(200).settling();

        assertEquals(StepPlan.SETTLE_MIN_MS, StepPlan.warmMs(Scenario.OVERLOAD, knobs, capacity));
        assertEquals(200, StepPlan.warmMs(Scenario.OVERLOAD, Knobs.of(Scenario.OVERLOAD, Profile.SMOKE), capacity),
                "a smoke run does not wait for the JIT: one wait");
    }
}
