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

/** Which steps measured the machine or the compiler, and that no verdict rests on one. */
class StepValidityTest {

    /** The machine-bound column of the results table: the second last; the last says whether the step was cold. */
    private static final int MACHINE_BOUND = 25;

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
        assertEquals(true, Capacity.machineBound("cost", 0.80, null));
        assertEquals(false, Capacity.machineBound("cost", 0.79, null));
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
            assertNull(run.validity().of(m).machineBound(), m.target() + " " + m.scenario() + " " + m.step());
            assertNull(run.validity().of(m).cold(), "no run before the column recorded its JIT");
        }
        assertTrue(Tables.results(run.results(), run.validity()).rows().stream()
                .allMatch(row -> row.get(MACHINE_BOUND).equals("unknown") && row.getLast().equals("unknown")));
        assertEquals(Verdict.CONFIRMED, verdict(Lessons.evaluate(run).getFirst(), "virtual").verdict());
    }

    @Test
    void anOldRunWithoutStepsCsvIsUnknown() throws IOException {
        ResultsDirectory run = StoredResults.run("consistent", dir);

        assertNull(run.validity().of(step(run, "blocking", "io", "1")).machineBound());
    }

    @Test
    void anOldRunIsJudgedFromStepsCsvAndTheRecordedCores() throws IOException {
        StoredResults.copy("real-2026-11-25", dir);
        Path env = dir.resolve("environment.json");
        Files.writeString(env, Files.readString(env).replace("\"jitWarmUpS\"", "\"serverCores\": 1,\n  \"gatlingCores\": 1,\n  \"jitWarmUpS\""));
        ResultsDirectory run = ResultsDirectory.read(dir);

        // virtual io at 1,000 users: server 91% of its core; reactive's ceiling: Gatling 97% of its core.
        assertEquals(true, run.validity().of(step(run, "virtual", "io", "4")).machineBound());
        assertEquals("yes: the server's cores were 91% busy (≥ 85%)",
                run.validity().of(step(run, "virtual", "io", "4")).machineBoundLabel("io"));
        assertEquals(true, run.validity().of(step(run, "reactive", "ceiling", "1")).machineBound());
        assertEquals(false, run.validity().of(step(run, "reactive", "io", "4")).machineBound());
        // A CPU lesson's busy server is its experiment, not the machine's limit.
        assertEquals(false, run.validity().of(step(run, "blocking", "cpu", "3")).machineBound());

        List<LessonResult> lessons = Lessons.evaluate(run);
        TargetVerdict virtual = verdict(lessons.getFirst(), "virtual");
        assertEquals(Verdict.INCONCLUSIVE, virtual.verdict(), virtual.evidence());
        assertTrue(virtual.evidence().contains("rests on a step that measured something other than the style (io 4,"
                + " machine-bound: the server's cores were 91% busy"), virtual.evidence());
        assertTrue(virtual.evidence().contains("it would have been confirmed"), virtual.evidence());
        assertEquals(Verdict.CONFIRMED, verdict(lessons.getFirst(), "reactive").verdict(),
                verdict(lessons.getFirst(), "reactive").evidence());
        assertTrue(lessons.getFirst().notes().stream().anyMatch(n -> n.contains("virtual 4 (machine-bound: the server's cores were 91% busy")),
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
                "(fanout concurrent, machine-bound: the load generator's side used 82% of its cores (≥ 80%))"),
                verdict(fanout, "virtual").evidence());
        List<List<String>> rows = Tables.results(run.results(), run.validity()).rows();
        assertTrue(rows.stream().anyMatch(r -> r.get(MACHINE_BOUND).equals("**yes: the load generator's side used 82% of its cores (≥ 80%)**")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(MACHINE_BOUND).equals("no")));
    }

    @Test
    void aStepWhoseServerWasStillCompilingIsColdAndNoVerdictRestsOnIt() throws IOException {
        String env = "{\"serverCores\": 1, \"gatlingCores\": 1}";
        String rest = ",,,,,"; // ideal_rps … rss_peak_mb, threads_peak
        String warm = ",0.1,1.0,false,20,true"; // loadgen, server, machine-bound, warm-up s, steady
        ResultsDirectory run = StoredResults.of(dir, env, List.of(
                "reactive,mistake-cpu,in-handler,8,,,34,3,165,165,0,55,150,250,258,260" + rest + ",258" + warm + ",0.21,true",
                "reactive,mistake-cpu,offloaded,8,,,34,3,165,165,0,55,140,150,160,170" + rest + ",2" + warm + ",0.01,false",
                "coroutines,mistake-cpu,in-handler,8,,,34,3,165,165,0,55,150,250,258,260" + rest + ",224" + warm + ",0.12,false",
                "coroutines,mistake-cpu,offloaded,8,,,34,3,165,165,0,55,140,150,160,170" + rest + ",4" + warm + ",0.0,false"));

        LessonResult starvation = Lessons.evaluate(run).get(4);

        assertEquals(Verdict.INCONCLUSIVE, verdict(starvation, "reactive").verdict());
        assertTrue(verdict(starvation, "reactive").evidence().contains("cold: the server's JIT used 21% of its cores (≥ 20%)"),
                verdict(starvation, "reactive").evidence());
        assertEquals(Verdict.CONFIRMED, verdict(starvation, "coroutines").verdict(), "a late compile of 12% is not a cold server");
        assertTrue(Tables.results(run.results(), run.validity()).rows().stream().anyMatch(r -> r.getLast().equals("**yes**")));
    }
}
