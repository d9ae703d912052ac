package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joins Gatling's numbers with /proc samples into results.csv rows. */
class StepResultTest {

    private static final StepMark IO_STEP = StepMark.parse("4,1000,,100,,10000.0,false,11000,16000,10000");
    private static final StepMark PROBED = StepMark.parse("blocking-call,100,,100,,1000.0,true,11000,16000,10000");

    private static RequestStats stats(String name, long total, long ko, long p99) {
        return new RequestStats(name, total, total - ko, ko, 100, 101, 102, 110, p99, 200, 103);
    }

    /** A server using half a core and a load generator using a whole one, sampled every second. */
    private static List<ProcSampler.Sample> samples() {
        return List.of(
                new ProcSampler.Sample(10_000, 1_000_000, 200_000, 40, 5_000_000),
                new ProcSampler.Sample(11_000, 1_500_000, 300_000, 220, 6_000_000),
                new ProcSampler.Sample(16_000, 4_000_000, 350_000, 230, 11_000_000),
                new ProcSampler.Sample(17_000, 4_500_000, 100_000, 20, 12_000_000));
    }

    private static String[] row(StepResult step) {
        return step.resultsRow().split(",", -1);
    }

    @Test
    void rowHasTheColumnsOfTheHeader() {
        StepResult step = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 47_000, 0, 118)),
                samples(), Path.of("gatling/x"));

        assertEquals(StepResult.RESULTS_HEADER.split(",").length, row(step).length);
        assertEquals(StepResult.STEPS_HEADER.split(",").length, step.stepsRow().split(",", -1).length);
    }

    @Test
    void throughputIsRequestsOverTheMeasuredWindowAndEfficiencyIsAgainstLittlesBound() {
        StepResult step = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 47_000, 0, 118)),
                samples(), Path.of("gatling/x"));

        String[] row = row(step);
        assertEquals("9400.0", row[11]);
        assertEquals("10000.0", row[16]);
        assertEquals("0.940", row[17]);
    }

    @Test
    void serverCpuPerRequestComesFromTheSamplesAroundTheWindow() {
        StepResult step = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 5_000, 0, 118)),
                samples(), Path.of("gatling/x"));

        // 2.5 s of CPU over 5 s of wall time, 5,000 requests: 500 µs each
        assertEquals("500", row(step)[18]);
        assertEquals("50", step.stepsRow().split(",")[6]);
        assertEquals("100", step.stepsRow().split(",")[7]);
    }

    @Test
    void peaksAreTakenOverTheStepIncludingItsWarmUpButNotAfter() {
        StepResult step = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 5_000, 0, 118)),
                samples(), Path.of("gatling/x"));

        assertEquals("341.8", row(step)[19]);
        assertEquals("230", row(step)[20]);
    }

    @Test
    void probeP99IsReportedOnItsOwnAndEmptyWhereThereWasNoProbe() {
        StepResult probed = StepResult.of("reactive", "mistake-blocking", PROBED,
                Map.of("main blocking-call", stats("main blocking-call", 200, 0, 2600),
                        "probe blocking-call", stats("probe blocking-call", 100, 0, 2450)),
                samples(), Path.of("gatling/x"));
        StepResult unprobed = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 10, 0, 118)),
                samples(), Path.of("gatling/x"));

        assertEquals("2450", row(probed)[21]);
        assertEquals("", row(unprobed)[21]);
        assertTrue(probed.progressLine().contains("probe p99 2450 ms"));
    }

    @Test
    void withoutASampledServerTheServerColumnsAreEmpty() {
        List<ProcSampler.Sample> external = List.of(new ProcSampler.Sample(10_000, -1, -1, -1, 1_000_000),
                new ProcSampler.Sample(17_000, -1, -1, -1, 2_000_000));
        StepResult step = StepResult.of("virtual", "io", IO_STEP, Map.of("main 4", stats("main 4", 10, 0, 118)),
                external, Path.of("gatling/x"));

        assertEquals(List.of("", "", ""), List.of(row(step)[18], row(step)[19], row(step)[20]));
    }

    @Test
    void errorsAreCountedAndShown() {
        StepResult step = StepResult.of("blocking", "io", IO_STEP, Map.of("main 4", stats("main 4", 100, 7, 118)),
                samples(), Path.of("gatling/x"));

        assertEquals(7, step.ko());
        assertTrue(step.progressLine().contains("7 errors"));
    }
}
