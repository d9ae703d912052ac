package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.load.Latencies;
import dev.jvmwait.load.StepRecord;
import dev.jvmwait.results.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joins the response times a simulation recorded with /proc samples into results.csv rows. */
class StepResultTest {

    /** The 4th io step, 1,000 users: warmed from 10 s, measured from 11 s to 16 s; its main requests as given. */
    private static StepRecord ioStep(Latencies main) {
        return new StepRecord("io", "4", 1000, null, 100, null, 10000.0, false, 10000, 11000, 16000, Map.of("io main 4", main),
                null, null, null, null, false);
    }

    private static Latencies times(long count, long ko, long p99) {
        return new Latencies(count, ko, 101, 110, p99, 200, "");
    }

    /**
     * A server using half a core, a fifth of it its JIT's, and a load generator using a whole one, a fifth of it its JIT's,
     * sampled every second.
     */
    private static List<ProcSampler.Sample> samples() {
        return List.of(
                new ProcSampler.Sample(10_000, 1_000_000, 0, 200_000, 40, 5_000_000, 0, -1),
                new ProcSampler.Sample(11_000, 1_500_000, 100_000, 300_000, 220, 6_000_000, 100_000, -1),
                new ProcSampler.Sample(16_000, 4_000_000, 1_100_000, 350_000, 230, 11_000_000, 1_100_000, -1),
                new ProcSampler.Sample(17_000, 4_500_000, 1_200_000, 100_000, 20, 12_000_000, 1_300_000, -1));
    }

    private static ResultRow row(StepResult step) {
        return step.resultRow();
    }

    @Test
    void rowsAreAppendedUnderOneHeaderAndReadBackAsWritten(@TempDir Path dir) throws IOException {
        StepResult step = StepResult.of("virtual", "io", ioStep(times(47_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 1, null, 1);
        Path csv = dir.resolve("results.csv");

        ResultRow.FILE.append(csv, List.of(step.resultRow()));
        ResultRow.FILE.append(csv, List.of(step.resultRow()));

        assertEquals(List.of(step.resultRow(), step.resultRow()), ResultRow.FILE.read(csv));
        assertEquals(1, Files.readAllLines(csv).stream().filter(line -> line.startsWith("target,")).count());
        assertTrue(Files.readAllLines(csv).get(1).startsWith("virtual,io,4,1000,,100,,5,47000,47000,0,9400,"),
                Files.readAllLines(csv).get(1));
    }

    @Test
    void throughputIsRequestsOverTheMeasuredWindowAndEfficiencyIsAgainstLittlesBound() {
        StepResult step = StepResult.of("virtual", "io", ioStep(times(47_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 1, null, 1);

        ResultRow row = row(step);
        assertEquals(9400.0, row.rps());
        assertEquals(10000.0, row.idealRps());
        assertEquals(0.94, row.efficiency());
    }

    @Test
    void serverCpuPerRequestComesFromTheSamplesAroundTheWindow() {
        StepResult step = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(),
                Path.of("gatling/x"), 1, 1, null, 1);

        // 2.5 s of CPU over 5 s of wall time, 5,000 requests: 500 µs each
        assertEquals(500.0, row(step).cpuUsPerReq());
        assertEquals(50.0, step.stepCpuRow().serverCpuPct());
        assertEquals(100.0, step.stepCpuRow().loadgenCpuPct());
    }

    @Test
    void peaksAreTakenOverTheStepIncludingItsWarmUpButNotAfter() {
        StepResult step = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(),
                Path.of("gatling/x"), 1, 1, null, 1);

        assertEquals(341.8, row(step).rssPeakMb());
        assertEquals(230.0, row(step).threadsPeak());
    }

    @Test
    void probeP99IsReportedOnItsOwnAndEmptyWhereThereWasNoProbe() {
        StepRecord mistake = new StepRecord("mistake-blocking", "blocking-call", 100, null, 100, null, 1000.0, true, 10000, 11000,
                16000, Map.of("mistake-blocking main blocking-call", times(200, 0, 2600),
                        "mistake-blocking probe blocking-call", times(100, 0, 2450)), null, null, null, null, false);
        StepResult probed = StepResult.of("reactive", "mistake-blocking", mistake, samples(), Path.of("gatling/x"), 1, 1, null, 1);
        StepResult unprobed = StepResult.of("virtual", "io", ioStep(times(10, 0, 118)), samples(),
                Path.of("gatling/x"), 1, 1, null, 1);

        assertEquals(2450.0, row(probed).probeP99Ms());
        assertNull(row(unprobed).probeP99Ms());
        assertTrue(probed.progressLine().contains("probe p99 2450 ms"));
    }

    @Test
    void withoutASampledServerTheServerColumnsAreEmpty() {
        List<ProcSampler.Sample> external = List.of(new ProcSampler.Sample(10_000, -1, -1, -1, -1, 1_000_000, 0, -1),
                new ProcSampler.Sample(17_000, -1, -1, -1, -1, 2_000_000, 0, -1));
        StepResult step = StepResult.of("virtual", "io", ioStep(times(10, 0, 118)), external,
                Path.of("gatling/x"), null, 1, null, 1);

        assertNull(row(step).cpuUsPerReq());
        assertNull(row(step).rssPeakMb());
        assertNull(row(step).threadsPeak());
        assertNull(row(step).serverJitShare());
        assertNull(row(step).cold(), "unknown, not warm: nobody watched the server's JIT");
        assertTrue(step.progressLine().contains("cpu server not sampled"), step.progressLine());
    }

    @Test
    void aLoadGeneratorUsingItsWholeCoreMakesTheStepMachineBound() {
        StepResult step = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 1, null, 1);

        assertEquals(1.0, row(step).loadgenCpuShare());
        assertEquals(0.5, row(step).serverCpuShare());
        assertEquals(true, row(step).machineBound());
        assertTrue(step.progressLine().contains("MACHINE-BOUND"), step.progressLine());
    }

    @Test
    void aStepThatCompilesIsNotJudgedForTheMachineHoweverBusyTheLoadGenerator() {
        StepRecord compile = new StepRecord("overload", "compile", 4, null, 1, 15, null, false, 10000, 11000, 16000,
                Map.of("overload main compile", times(5_000, 0, 8)), null, null, null, 3, true);
        StepResult step = StepResult.of("virtual", "overload", compile, samples(), Path.of("gatling/x"), 1, 1, null, 1);

        assertEquals(1.0, row(step).loadgenCpuShare());
        assertNull(row(step).machineBound(), "a warm-up that loads both sides flat out on purpose");
    }

    @Test
    void sharesAreOfEachSidesCoresAndUnknownCoresLeaveTheVerdictUnknown() {
        StepResult two = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 2, null, 1);
        StepResult noServerCores = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(),
                Path.of("gatling/x"), null, 2, null, 1);

        assertEquals(0.5, row(two).loadgenCpuShare());
        assertEquals(false, row(two).machineBound());
        assertNull(row(noServerCores).serverCpuShare());
        assertNull(row(noServerCores).machineBound(), "an io step needs the server's share to be known not machine-bound");
    }

    @Test
    void aBusyServerMakesOnlyAConcurrencyLessonsStepMachineBound() {
        List<ProcSampler.Sample> busy = List.of(new ProcSampler.Sample(11_000, 0, 0, 1, 1, 0, 0, -1),
                new ProcSampler.Sample(16_000, 4_500_000, 0, 1, 1, 1_000_000, 0, -1));
        StepRecord cpu = new StepRecord("cpu", "3", 16, null, null, 27, null, false, 10000, 11000, 16000,
                Map.of("cpu main 3", times(5_000, 0, 30)), null, null, null, null, false);

        assertEquals(true, row(StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), busy, Path.of("x"), 1, 1, null, 1))
                .machineBound());
        assertEquals(false, row(StepResult.of("virtual", "cpu", cpu, busy, Path.of("x"), 1, 1, null, 1)).machineBound());
    }

    @Test
    void aServerWhoseJitTookAFifthOfItsCoresWasColdWhereTheLessonMeasuresCpuAndTheLoadGeneratorsJitIsRecordedToo() {
        StepResult cost = StepResult.of("virtual", "cost", ioStep(times(5_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 1, null, 1);
        StepResult io = StepResult.of("virtual", "io", ioStep(times(5_000, 0, 118)), samples(), Path.of("gatling/x"), 1, 1, null, 1);
        List<ProcSampler.Sample> quiet = samples().stream().map(s -> new ProcSampler.Sample(s.atMs(), s.serverCpuUs(), 0,
                s.serverRssKb(), s.serverThreads(), s.loadgenCpuUs(), 0, -1)).toList();

        assertEquals(0.2, row(cost).serverJitShare());
        assertEquals(true, row(cost).cold());
        assertEquals(0.2, row(cost).loadgenJitShare());
        assertTrue(cost.progressLine().contains("COLD"), cost.progressLine());
        assertEquals(false, row(io).cold(), "a lesson about waiting: the JIT's CPU counts in the server's share");
        assertEquals(0.2, row(io).serverJitShare());
        assertEquals(false, row(StepResult.of("virtual", "cost", ioStep(times(5_000, 0, 118)), quiet, Path.of("x"), 1, 1, null, 1)).cold());
    }

    @Test
    void theLoadGeneratorsCpuPerRequestCountsEveryRequestItSentInTheWindow() {
        StepRecord mistake = new StepRecord("mistake-blocking", "blocking-call", 100, null, 100, null, 1000.0, true, 10000, 11000,
                16000, Map.of("mistake-blocking main blocking-call", times(4_000, 0, 2600),
                        "mistake-blocking probe blocking-call", times(1_000, 0, 2450)), null, null, null, null, false);

        // 5 s of the load generator's CPU over the 5 s window, 5,000 requests sent: 1,000 µs each
        assertEquals(1000.0, row(StepResult.of("reactive", "mistake-blocking", mistake, samples(), Path.of("x"), 1, 1, null, 1))
                .loadgenUsPerReq());
    }

    @Test
    void theRowSaysHowLongTheStepWarmedWhatItsMemoryProbeReadAndItsRound() {
        StepRecord inFlight = new StepRecord("cost", "in-flight", 1000, null, 1000, null, 1000.0, false, 10000, 13500, 16000,
                Map.of("cost main in-flight", times(2_500, 0, 1010)), 52.5, 30.25, 300.0, null, false);

        ResultRow row = row(StepResult.of("virtual", "cost", inFlight, samples(), Path.of("x"), 1, 1, null, 3));
        assertEquals(3.5, row.stepWarmS());
        assertEquals(52.5, row.heapLiveMb());
        assertEquals(30.3, row.heapIdleMb());
        assertEquals(300.0, row.rssIdleMb());
        assertEquals(3, row.round());
    }

    @Test
    void errorsAreCountedAndShown() {
        StepResult step = StepResult.of("blocking", "io", ioStep(times(100, 7, 118)), samples(),
                Path.of("gatling/x"), 1, 1, null, 1);

        assertEquals(7, step.ko());
        assertTrue(step.progressLine().contains("7 errors"));
    }
}
