package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.load.Profile;
import dev.jvmwait.load.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void thePlanHasAHeaderLineThenOneLinePerStepStartingWithItsScenario() {
        List<String> lines = Plan.lines(Profile.QUICK, Scenario.of(Profile.QUICK));

        assertTrue(lines.getFirst().startsWith("# quick: two warm-up phases per target, each until steady, up to 40 s"),
                lines.getFirst());
        List<String> steps = lines.subList(1, lines.size());
        assertEquals(4, steps.size(), String.join("\n", steps));
        assertEquals(List.of("io", "io", "mistake-cpu", "mistake-cpu"), steps.stream().map(line -> line.split(" +")[0]).toList());
        assertTrue(steps.get(1).endsWith("users=1000   delay 500 ms"), steps.get(1));
        assertTrue(steps.get(2).endsWith("n=35 probe measured 3 s"), steps.get(2));
    }

    @Test
    void scenariosNamedOnTheCommandLineAreCheckedAgainstTheTable() {
        assertEquals(List.of(Scenario.CPU, Scenario.IO), Plan.scenarios(Profile.DEFAULT, "cpu,io"));
        assertThrows(IllegalArgumentException.class, () -> Plan.scenarios(Profile.DEFAULT, "io,nope"));
    }

    @Test
    void environmentRecordsTheProfilesKnobsThenEachScenariosOwn() {
        assertEquals(List.of("warmUpCapS=0", "warmS=0.2", "jitWaitCapS=0", "stepS=0.5", "probeRps=10", "cpu.users=1,2", "cpu.n=20",
                "mistake-blocking.users=10", "mistake-blocking.waitMs=100", "mistake-blocking.stepS=1"),
                Plan.knobWords(Profile.SMOKE, List.of(Scenario.CPU, Scenario.MISTAKE_BLOCKING)));
    }
}
