package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which steps measured the machine, and that no verdict rests on one. */
class MachineBoundTest {

    @TempDir
    Path dir;

    private static TargetVerdict verdict(LessonResult lesson, String target) {
        return lesson.verdictFor(target).orElseThrow();
    }

    private static Measurement step(ResultsDirectory run, String target, String scenario, String step) {
        return run.results().get(target, scenario, step).orElseThrow();
    }

    @Test
    void theRuleIsStatedOnceWithItsThresholds() {
        assertEquals(true, Capacity.machineBound("ceiling", 0.80, null));
        assertEquals(false, Capacity.machineBound("ceiling", 0.79, null));
        assertEquals(true, Capacity.machineBound("io", 0.10, 0.85));
        assertEquals(false, Capacity.machineBound("io", 0.10, 0.84));
        assertEquals(false, Capacity.machineBound("cpu", 0.10, 1.0), "lesson 3 loads the server's CPU on purpose");
        assertEquals(false, Capacity.machineBound("mistake-cpu", 0.10, 1.0), "lesson 5 loads the server's CPU on purpose");
        assertNull(Capacity.machineBound("io", 0.10, null));
        assertNull(Capacity.machineBound("io", null, 0.50));
        assertEquals(true, Capacity.machineBound("io", null, 0.95));
    }

    @Test
    void anOldRunWithoutRecordedCoresIsUnknownNeverGuessedAndItsVerdictsStand() throws IOException {
        // real-2026-11-25 has steps.csv, but its environment.json records neither side's cores.
        ResultsDirectory run = StoredResults.run("real-2026-11-25", dir);

        for (Measurement m : run.results().all()) {
            assertNull(run.machineBound().of(m).bound(), m.target() + " " + m.scenario() + " " + m.step());
        }
        assertTrue(Tables.results(run.results(), run.machineBound()).rows().stream()
                .allMatch(row -> row.getLast().equals("unknown")));
        assertEquals(Verdict.CONFIRMED, verdict(Lessons.evaluate(run).getFirst(), "virtual").verdict());
    }

    @Test
    void anOldRunWithoutStepsCsvIsUnknown() throws IOException {
        ResultsDirectory run = StoredResults.run("consistent", dir);

        assertNull(run.machineBound().of(step(run, "blocking", "io", "1")).bound());
    }

    @Test
    void anOldRunIsJudgedFromStepsCsvAndTheRecordedCores() throws IOException {
        StoredResults.copy("real-2026-11-25", dir);
        Path env = dir.resolve("environment.json");
        Files.writeString(env, Files.readString(env).replace("\"jitWarmUpS\"", "\"serverCores\": 1,\n  \"gatlingCores\": 1,\n  \"jitWarmUpS\""));
        ResultsDirectory run = ResultsDirectory.read(dir);

        // virtual io at 1,000 users: server 91% of its core; reactive's ceiling: Gatling 97% of its core.
        assertEquals(true, run.machineBound().of(step(run, "virtual", "io", "4")).bound());
        assertEquals("yes: the server's cores were 91% busy (≥ 85%)",
                run.machineBound().of(step(run, "virtual", "io", "4")).label("io"));
        assertEquals(true, run.machineBound().of(step(run, "reactive", "ceiling", "1")).bound());
        assertEquals(false, run.machineBound().of(step(run, "reactive", "io", "4")).bound());
        // A CPU lesson's busy server is its experiment, not the machine's limit.
        assertEquals(false, run.machineBound().of(step(run, "blocking", "cpu", "3")).bound());

        List<LessonResult> lessons = Lessons.evaluate(run);
        TargetVerdict virtual = verdict(lessons.getFirst(), "virtual");
        assertEquals(Verdict.INCONCLUSIVE, virtual.verdict(), virtual.evidence());
        assertTrue(virtual.evidence().contains("rests on a machine-bound step (io 4: the server's cores were 91% busy"),
                virtual.evidence());
        assertTrue(virtual.evidence().contains("it would have been confirmed"), virtual.evidence());
        assertEquals(Verdict.CONFIRMED, verdict(lessons.getFirst(), "reactive").verdict(),
                verdict(lessons.getFirst(), "reactive").evidence());
        assertTrue(lessons.getFirst().notes().stream().anyMatch(n -> n.contains("virtual 4 (the server's cores were 91% busy")),
                lessons.getFirst().notes().toString());
    }

    @Test
    void aRunWithTheColumnsUsesThemAndNoVerdictRestsOnAMachineBoundStep() throws IOException {
        String env = "{\"serverCores\": 1, \"gatlingCores\": 1}";
        String rest = ",,,,,,"; // ideal_rps … probe_p99_ms empty
        ResultsDirectory run = StoredResults.of(dir, env, List.of(
                "blocking,fanout,concurrent,200,,100,,2.5,3651,3651,0,1460,105,130,150,160" + rest + ",0.3,0.4,false",
                "blocking,fanout,sequential,200,,100,,2.5,1544,1544,0,617,305,330,350,360" + rest + ",0.1,0.2,false",
                "virtual,fanout,concurrent,200,,100,,2.5,3651,3651,0,1460,105,130,150,160" + rest + ",0.82,0.4,true",
                "virtual,fanout,sequential,200,,100,,2.5,1544,1544,0,617,305,330,350,360" + rest + ",0.1,0.2,false"));

        LessonResult fanout = Lessons.evaluate(run).get(1);

        assertEquals(Verdict.CONFIRMED, verdict(fanout, "blocking").verdict(), verdict(fanout, "blocking").evidence());
        assertEquals(Verdict.INCONCLUSIVE, verdict(fanout, "virtual").verdict());
        assertTrue(verdict(fanout, "virtual").evidence().contains(
                "machine-bound step (fanout concurrent: the load generator used 82% of its cores (≥ 80%))"),
                verdict(fanout, "virtual").evidence());
        List<List<String>> rows = Tables.results(run.results(), run.machineBound()).rows();
        assertTrue(rows.stream().anyMatch(r -> r.getLast().equals("**yes: the load generator used 82% of its cores (≥ 80%)**")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.getLast().equals("no")));
    }
}
