package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void quickRunsTheLessonsThatShowAtAGlance() {
        assertEquals(List.of(Scenario.IO, Scenario.MISTAKE_CPU), Scenario.of(Profile.QUICK));
        assertEquals(List.of("blocking", "virtual", "reactive"), Profile.QUICK.targets(), "one target of each way to wait");
        assertEquals(List.of(), Profile.DEFAULT.targets(), "every target");
        assertEquals(List.of(Scenario.values()), Scenario.of(Profile.SMOKE), "smoke runs every simulation");
        assertEquals(List.of(Scenario.IO, Scenario.COST, Scenario.FANOUT, Scenario.CPU, Scenario.MISTAKE_BLOCKING,
                Scenario.MISTAKE_CPU), Scenario.of(Profile.DEFAULT), "the default run is the lessons'");
    }

    @Test
    void theLoadGeneratorTrainsOnTheDefaultLoadsOverShortStepsThatWaitForNothing() {
        Knobs knobs = Knobs.of(Scenario.OVERLOAD, Profile.TRAIN);

        assertEquals(Scenario.OVERLOAD.load(Profile.DEFAULT).users(), knobs.users(), "the rates the runs offer");
        assertEquals(Scenario.OVERLOAD.load(Profile.DEFAULT).waitMs(), knobs.delayMs());
        assertEquals(1.0, knobs.stepS());
        assertEquals(0.0, knobs.jitWaitCapS(), "no window waits for a quiet JIT: a training run measures nothing");
        assertEquals(0.0, Profile.TRAIN.warmUpCapS());
    }

    @Test
    void aScenarioAskedForOutsideQuickRunsItsDefaultLoadWithQuickTiming() {
        Knobs knobs = Knobs.of(Scenario.FANOUT, Profile.QUICK);

        assertEquals(Scenario.FANOUT.load(Profile.DEFAULT).users(), knobs.users());
        assertEquals(Profile.QUICK.stepS(), knobs.stepS());
    }

    @Test
    void aScenarioOwnWindowOverridesTheProfiles() {
        assertEquals(3.0, Knobs.of(Scenario.MISTAKE_BLOCKING, Profile.DEFAULT).stepS());
        assertEquals(Profile.DEFAULT.stepS(), Knobs.of(Scenario.IO, Profile.DEFAULT).stepS());
    }

    @Test
    void aKnobGivenAsASystemPropertyWinsOverTheTable() {
        try {
            System.setProperty("profile", "smoke");
            System.setProperty("users", "3,7");
            Knobs knobs = Knobs.of(Scenario.IO);

            assertEquals(List.of(3, 7), knobs.users());
            assertEquals(Profile.SMOKE.stepS(), knobs.stepS());
            assertEquals(Scenario.IO.load(Profile.SMOKE).waitMs(), knobs.delayMs());
        } finally {
            System.clearProperty("profile");
            System.clearProperty("users");
        }
    }

    @Test
    void stepsAreTheLaddersLevelsOrTheScenariosVariants() {
        assertEquals(4, Scenario.IO.steps(Knobs.of(Scenario.IO, Profile.DEFAULT)).size());
        assertEquals(List.of("in-handler", "offloaded"),
                Scenario.MISTAKE_CPU.steps(Knobs.of(Scenario.MISTAKE_CPU, Profile.SMOKE)).stream().map(Step::label).toList());
    }

    @Test
    void eachScenarioStatesItsOwnWait() {
        assertEquals(500, Knobs.of(Scenario.IO, Profile.DEFAULT).delayMs());
        assertEquals(100, Knobs.of(Scenario.FANOUT, Profile.DEFAULT).delayMs());
        assertEquals(0, Knobs.of(Scenario.CPU, Profile.DEFAULT).delayMs(), "no wait where nothing waits");
    }

    @Test
    void scenariosGoByTheNamesCompareShUses() {
        assertEquals(Scenario.MISTAKE_BLOCKING, Scenario.named("mistake-blocking"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.named("mistakes"));
    }
}
