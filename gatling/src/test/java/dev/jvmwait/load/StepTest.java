package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

        assertEquals(new Step("blocking-call", 20, null, 100, null, 200.0, true, step.path()), step);
    }

    @Test
    void anOpenStepHasARateAndNoUsers() {
        Step step = Step.open("1", 1500, session -> "/").withDelayMs(100);

        assertEquals(1500.0, step.rate());
        assertEquals(null, step.users());
    }

    @Test
    void aSmokeRunAssertsThatNoRequestFailed() {
        assertEquals(1, new StepPlan(Knobs.of(Scenario.IO, Profile.SMOKE), Scenario.IO).assertions().size());
        assertTrue(new StepPlan(Knobs.of(Scenario.IO, Profile.DEFAULT), Scenario.IO).assertions().isEmpty(),
                "a measuring run keeps going through errors");
    }
}
