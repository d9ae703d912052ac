package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 8 and the reliability table, on the stored {@code overload} run and on edits of it. */
class OverloadTest {

    @TempDir
    Path dir;

    @Test
    void aBoundThatKeepsGoodputConfirmsTheLessonAndOneThatLosesItContradictsIt() throws IOException {
        LessonResult overload = lesson(overloadRun(line -> line));

        TargetVerdict blocking = verdict(overload, "blocking");
        assertEquals(Verdict.CONFIRMED, blocking.verdict(), blocking.evidence());
        assertEquals("no bound: 2x p99 3,950 ms = 31.1× the 0.5x's 127 ms; 4x died: OutOfMemoryError | bound 48: 4x goodput"
                + " 301 rps = 94% of capacity 320, p99 155 ms = 1.2× the 0.5x's 129 ms, 9,790 refused (503 + Retry-After),"
                + " 0 other errors", blocking.evidence());
        TargetVerdict virtual = verdict(overload, "virtual");
        assertEquals(Verdict.CONTRADICTED, virtual.verdict(), virtual.evidence());
        assertTrue(virtual.evidence().contains("bound 200: 2x goodput 600 rps = 60% of capacity 1,000, p99 120 ms = 1.2× the"
                + " 0.5x's 104 ms, 14,000 refused (503 + Retry-After), 0 other errors: goodput below 80% of capacity"),
                virtual.evidence());
        assertEquals(60.0, virtual.key(), 0.001, "goodput at 4x with the bound, % of capacity");
    }

    @Test
    void withoutItsBoundedSeriesATargetIsInconclusiveAndWithoutOverloadStepsNotMeasured() throws IOException {
        LessonResult overload = lesson(overloadRun(line -> line));

        TargetVerdict reactive = verdict(overload, "reactive");
        assertEquals(Verdict.INCONCLUSIVE, reactive.verdict(), reactive.evidence());
        assertTrue(reactive.evidence().contains("| bound: not measured; but the run has no overload steps with the bound"
                + " (MAX_IN_FLIGHT)"), reactive.evidence());
        assertEquals(Verdict.NOT_MEASURED, verdict(overload, "coroutines").verdict(), "only its shutdown was measured");
    }

    @Test
    void aCapacityTheServiceThenBeatLeavesTheVerdictInconclusive() throws IOException {
        // The default run of 17:24 on 2026-11-29: blocking's capacity step ran while the shared machine was slow (8.7 ms of
        // CPU a request, against ~5 elsewhere in the run), and without the bound it then served 174 rps at 4x.
        LessonResult overload = lesson(overloadRun(line -> line.startsWith("blocking,overload,4x,")
                ? line.replaceFirst("^(blocking,overload,4x,(?:[^,]*,){7})[^,]*", "$1" + "420") : line));

        TargetVerdict blocking = verdict(overload, "blocking");
        assertEquals(Verdict.INCONCLUSIVE, blocking.verdict(), blocking.evidence());
        assertTrue(blocking.evidence().endsWith("the capacity step measured 320 rps and the service then served 420 rps at 4x"
                + " without the bound (1.3×): the capacity step measured a slower machine or a compiling JIT, so the ladder's"
                + " multiples and the bound are off, and no verdict rests on them"), blocking.evidence());
    }

    @Test
    void aServiceThatDiedHasCollapsedAtEveryLaterStepEvenWithNoSuccessToReadAP99From() throws IOException {
        LessonResult overload = lesson(overloadRun(line -> line
                .replaceFirst("^blocking,overload,2x,.*", "blocking,overload,2x,,640,100,10,6400,2000,4400,200,800,1200,700,230,"
                        + "0.4,false,,320,2,0,0,4400,0,505,exited,,,")
                .replaceFirst("^blocking,overload,4x,.*", "blocking,overload,4x,,1280,100,10,12800,0,12800,0,,,,,0.3,false,,320,4,"
                        + "0,0,12800,0,,exited,,,")));

        TargetVerdict blocking = verdict(overload, "blocking");
        assertEquals(Verdict.CONFIRMED, blocking.verdict(), blocking.evidence());
        assertTrue(blocking.evidence().startsWith("no bound: 2x died: exited; 4x dead since 2x: exited |"), blocking.evidence());
        assertTrue(overload.notes().getFirst().startsWith("blocking: without a bound, at 2x latency grew (p99 9.4× the 0.5x's),"
                + " errors on 68.8% of the requests (4,400 connection errors) and it died (exited; heap peak 505 MB, RSS 700 MB);"
                + " with bound 48,"), overload.notes().getFirst());
    }

    @Test
    void aServiceThatKeptUpWithoutTheBoundContradictsTheLesson() throws IOException {
        LessonResult overload = lesson(overloadRun(line -> line.replaceFirst("^virtual,overload,2x,.*",
                "virtual,overload,2x,,2000,100,10,20000,19800,0,1000,110,150,400,40,0.5,false,,1000,2,0,0,0,0,180,,,,")));

        TargetVerdict virtual = verdict(overload, "virtual");
        assertEquals(Verdict.CONTRADICTED, virtual.verdict(), virtual.evidence());
        assertTrue(virtual.evidence().startsWith("no bound: 2x p99 150 ms = 1.4× the 0.5x's 105 ms, errors on 0.0% of the"
                + " requests: it did not collapse;"), virtual.evidence());
    }

    @Test
    void aMachineBoundDecidingStepLeavesTheVerdictInconclusive() throws IOException {
        ResultsDirectory run = overloadRun(line -> line.startsWith("blocking,overload,4x-bounded,")
                ? line.replace(",0.5,false,48,", ",0.85,true,48,") : line);

        TargetVerdict blocking = verdict(Lessons.evaluate(run).get(7), "blocking");

        assertEquals(Verdict.INCONCLUSIVE, blocking.verdict(), blocking.evidence());
        assertTrue(blocking.evidence().contains("(overload 4x-bounded, machine-bound: the load generator's side used 85% of"
                + " its cores (≥ 80%))"), blocking.evidence());
        assertTrue(blocking.evidence().endsWith("(it would have been confirmed)"), blocking.evidence());
    }

    @Test
    void theTableHasARowPerTargetAndSeriesWithTheLadderInOrderOfLoadFactor() throws IOException {
        LessonResult overload = lesson(overloadRun(line -> line));

        assertEquals(List.of("target", "series", "capacity", "0.5x", "1x", "2x", "4x", "errors (not refusals)", "died",
                "peaks at the top step"), overload.numbers().headers());
        assertEquals(List.of("blocking", "bound 48", "320 rps", "160 → 160 rps, p99 129 ms", "320 → 315 rps, p99 140 ms, 2% refused",
                "640 → 310 rps, p99 150 ms, 52% refused", "1,280 → 301 rps, p99 155 ms, 76% refused", "none", "no",
                "4x: heap 160 MB, RSS 450 MB, 230 threads"), overload.numbers().rows().get(1));
        assertEquals(List.of("2x: 40 timeouts; 4x: 11,900 connection errors", "at 4x: OutOfMemoryError"),
                overload.numbers().rows().getFirst().subList(7, 9));
        assertEquals(List.of("blocking/no bound", "blocking/bound 48", "virtual/no bound", "virtual/bound 200", "reactive/no bound"),
                overload.numbers().rows().stream().map(row -> row.get(0) + "/" + row.get(1)).toList());
    }

    @Test
    void boundedAndUnboundedStepsAreSeparateMeasurementsInOrderOfBoundThenLoadFactor() throws IOException {
        Results results = overloadRun(line -> line).results();

        // The steps that are not a load factor first (the capacity's, a warm-up's), then each series.
        List<String> inOrder = List.of("capacity", "capacity-bounded", "0.5x", "1x", "2x", "4x", "0.5x-bounded", "1x-bounded",
                "2x-bounded", "4x-bounded");
        assertEquals(inOrder, results.steps("blocking", "overload").stream().map(Measurement::step).toList());
        assertEquals(inOrder, results.all().stream().filter(m -> m.target().equals("blocking") && m.scenario().equals("overload"))
                        .map(Measurement::step).toList());
        assertEquals(127.0, results.get("blocking", "overload", "0.5x").orElseThrow().median().p99Ms());
        assertEquals(129.0, results.get("blocking", "overload", "0.5x-bounded").orElseThrow().median().p99Ms());
    }

    @Test
    void loadHeldIsTheHighestOfferedRateServedInFullInTimeWithNoErrorButRefusals() throws IOException {
        List<List<String>> rows = Reliability.table(overloadRun(line -> line)).rows();

        // blocking: 2x had 40 timeouts without the bound; with it, 4x served 301 of the 304 rps that 95% of capacity asks.
        assertEquals(List.of("blocking", "320 rps (1x)", "640 rps (2x), bound 48"), rows.get(0).subList(0, 3));
        // reactive served its 2x in full, but seconds late (p99 125× the 0.5x's): not held.
        assertEquals(List.of("reactive", "750 rps (0.5x)", "not measured"), rows.get(2).subList(0, 3));
        assertEquals(List.of("coroutines", "not measured", "not measured"), rows.get(3).subList(0, 3));
    }

    @Test
    void shutdownRestartHostileClientsAndLostRequestsAreStatedPerTarget() throws IOException {
        List<List<String>> rows = Reliability.table(overloadRun(line -> line)).rows();

        assertEquals(List.of("blocking", "48 in flight at SIGTERM, 48 completed, 0 lost, exit in 1.2 s (within the cap); sent"
                        + " after it: 20 connection errors", "served again",
                "6 kinds, tested by HostileClientsIT in ./test.sh (not measured in this run)",
                "0 at SIGTERM; 0 errors under overload with the bound"), List.of(rows.get(0).get(0), rows.get(0).get(3),
                rows.get(0).get(4), rows.get(0).get(5), rows.get(0).get(6)));
        assertEquals("60 in flight at SIGTERM, 60 completed, 0 lost, exit in 0.4 s (timeout 30 s); sent after it: 5 served,"
                + " 35 refused with Retry-After", rows.get(2).get(3), "Quarkus reported its shutdown timeout");
        assertEquals("40 in flight at SIGTERM, 37 completed, 3 lost, did not exit within the cap (timeout 30 s); sent after"
                + " it: 12 connection errors", rows.get(3).get(3));
        assertEquals("**3** at SIGTERM; overload with the bound not measured", rows.get(3).get(6));
        assertEquals("not measured", rows.get(2).get(4), "reactive ran no bounded series, so no restart after kill -9");
    }

    @Test
    void withoutItsOwnHalfCapacityStepTheSeriesWithoutTheBoundReadsTheBoundedOneWhereItRefusedNothing() throws IOException {
        // The harness measures 0.5x once, with the bound set: there it refuses nothing.
        LessonResult shared = lesson(overloadRun(line -> line.replace("blocking,overload,0.5x,", "blocking,mixed,0.5x,")));
        TargetVerdict blocking = verdict(shared, "blocking");
        assertEquals(Verdict.CONFIRMED, blocking.verdict(), blocking.evidence());
        assertTrue(blocking.evidence().startsWith("no bound: 2x p99 3,950 ms = 30.6× the 0.5x's 129 ms"), blocking.evidence());
    }

    @Test
    void aBoundedStepThatFellShortWhileTheServersJitTookAFifthOfTheCoreIsInconclusiveNotContradicted() throws IOException {
        // virtual's bounded 2x and 4x steps served 60% of capacity; say its server JIT took 25% of the core in those
        // windows (a miss in a window where it did not would still contradict).
        LessonResult compiling = lesson(overloadRun(line -> line + (line.startsWith("target,") ? ",server_jit_share"
                : line.matches("virtual,overload,[24]x-bounded,.*") ? ",0.25" : ",")));
        TargetVerdict virtual = verdict(compiling, "virtual");
        assertEquals(Verdict.INCONCLUSIVE, virtual.verdict(), virtual.evidence());
        assertTrue(virtual.evidence().contains("at 2x with the bound the server's JIT took 25% of its core in the window"),
                virtual.evidence());
    }

    @Test
    void aBoundedStepThatFellShortWhileItsCoreComputedSlowerIsInconclusiveNotContradicted() throws IOException {
        // virtual's bounded 2x and 4x steps served 60% of capacity; say the probe on its core read 300 there against 400 in
        // the capacity step: the host took a quarter of the core.
        TargetVerdict slowCore = verdict(lesson(overloadRun(withCoreSpeed(300))), "virtual");
        assertEquals(Verdict.INCONCLUSIVE, slowCore.verdict(), slowCore.evidence());
        assertTrue(slowCore.evidence().contains("at 2x with the bound the server's core computed at 75% of its speed in the"
                + " capacity step"), slowCore.evidence());
    }

    @Test
    void aBoundedStepThatFellShortOnACoreAsFastAsInTheCapacityStepContradicts() throws IOException {
        TargetVerdict sameCore = verdict(lesson(overloadRun(withCoreSpeed(390))), "virtual");
        assertEquals(Verdict.CONTRADICTED, sameCore.verdict(), sameCore.evidence());
    }

    @Test
    void aBoundedStepThatFellShortInASlowdownThatTookInItsCapacityStepTooIsInconclusive() throws IOException {
        // The host slowed for minutes: virtual's capacity step and bounded steps all read 300, the run's other steps 400.
        TargetVerdict slowStretch = verdict(lesson(overloadRun(withCoreSpeeds(300, 300, "400"))), "virtual");
        assertEquals(Verdict.INCONCLUSIVE, slowStretch.verdict(), slowStretch.evidence());
        assertTrue(slowStretch.evidence().contains("at 2x with the bound the server's core computed at 75% of the run's"
                + " median speed"), slowStretch.evidence());
    }

    @Test
    void aBoundedStepThatFellShortWhereTheWholeRunReadTheSameSpeedContradicts() throws IOException {
        // The same shortfall where every step read 300: nothing slowed the bounded steps but the bound.
        TargetVerdict evenRun = verdict(lesson(overloadRun(withCoreSpeeds(300, 300, "300"))), "virtual");
        assertEquals(Verdict.CONTRADICTED, evenRun.verdict(), evenRun.evidence());
    }

    @Test
    void aBoundedStepThatFellShortInAProcessThatServedFarLessThanTheRunsOtherTargetsIsInconclusive() throws IOException {
        // virtual served 1,000 rps flat out and 60% of it with the bound; say two more targets served 1,400 for the same
        // request: the run's median is 1,400, and virtual's process ran at 71% of it, its core probe none the wiser.
        String faster = "virtual,overload,capacity,100,,100,10,10000,10000,0,1000,101,130,380,40,0.4,false,,1000,,0,0,0,0,150,,,,";
        UnaryOperator<String> twoFaster = line -> !line.equals(faster) ? line : line + "\n"
                + faster.replace("virtual,", "coroutines,").replace(",1000,", ",1400,") + "\n"
                + faster.replace("virtual,", "quarkus-virtual,").replace(",1000,", ",1400,");

        TargetVerdict slowProcess = verdict(lesson(overloadRun(twoFaster)), "virtual");

        assertEquals(Verdict.INCONCLUSIVE, slowProcess.verdict(), slowProcess.evidence());
        assertTrue(slowProcess.evidence().contains("the process served at most 1,000 rps flat out, 71% of the run's median"
                + " target (1,400 rps) for the same request"), slowProcess.evidence());
    }

    /**
     * A core_speed column: 400 in virtual's capacity step, {@code bounded} in its bounded 2x and 4x steps (at 390, 97.5%,
     * the shortfall is the bound's).
     */
    private static UnaryOperator<String> withCoreSpeed(int bounded) {
        return withCoreSpeeds(400, bounded, "");
    }

    /**
     * A core_speed column: {@code capacity} in virtual's capacity step, {@code bounded} in its bounded 2x and 4x steps,
     * {@code others} elsewhere (empty: not read).
     */
    private static UnaryOperator<String> withCoreSpeeds(int capacity, int bounded, String others) {
        return line -> line + (line.startsWith("target,") ? ",core_speed"
                : line.startsWith("virtual,overload,capacity,") ? "," + capacity
                : line.matches("virtual,overload,[24]x-bounded,.*") ? "," + bounded : "," + others);
    }

    @Test
    void aProcessThatServedLessRightAfterTheBoundedStepsIsJudgedByThat() throws IOException {
        // virtual served 1,000 rps flat out before the bounded steps; say 820 right after them (a drift within 1.25×),
        // and 680 at 2x and 4x with the bound: 83% of the capacity beside them, though 68% of the first.
        TargetVerdict held = verdict(lesson(overloadRun(withCapacityAfter(820, 680))), "virtual");
        assertEquals(Verdict.CONFIRMED, held.verdict(), held.evidence());
        assertTrue(held.evidence().contains("4x goodput 680 rps = 83% of capacity 820 (the lower of 1,000 before the"
                + " bounded steps and 820 right after)"), held.evidence());
        assertEquals(82.9, held.key(), 0.1, "goodput at 4x with the bound, % of the capacity it is judged by");
    }

    @Test
    void aProcessThatServedMoreRightAfterIsJudgedByTheCapacityItsBoundCameFrom() throws IOException {
        // The bound is Little's law at the first capacity, 1,000: it cannot let through the 1,300 the process served right
        // after (a fresh process's first capacity step measures a compiling JIT). 850 with the bound is 85% of 1,000.
        TargetVerdict held = verdict(lesson(overloadRun(withCapacityAfter(1300, 850))), "virtual");
        assertEquals(Verdict.CONFIRMED, held.verdict(), held.evidence());
        assertTrue(held.evidence().contains("= 85% of capacity 1,000 (the lower of 1,000 before the bounded steps and"
                + " 1,300 right after)"), held.evidence());
    }

    @Test
    void aBoundedStepShortOfTheCapacityMeasuredRightAfterItContradicts() throws IOException {
        // 600 at 2x and 4x against 900 right after them: 67%, the bound's shortfall.
        TargetVerdict missed = verdict(lesson(overloadRun(withCapacityAfter(900, 600))), "virtual");
        assertEquals(Verdict.CONTRADICTED, missed.verdict(), missed.evidence());
    }

    @Test
    void aBoundedStepShortOfTheFirstCapacityButNotOfTheOneAfterAProcessThatSlowedIsInconclusive() throws IOException {
        // 600 rps with the bound: 86% of the 700 served flat out right after the bounded steps, 60% of the 1,000 before:
        // the process slowed 1.43× during them, and whether the machine or the bound did it is not told apart.
        TargetVerdict slowed = verdict(lesson(overloadRun(withCapacityAfter(700, 600))), "virtual");
        assertEquals(Verdict.INCONCLUSIVE, slowed.verdict(), slowed.evidence());
        String drift = "the process served 1,000 rps flat out before the bounded steps and 700 rps right after them (1.43×"
                + " slower)";
        assertTrue(slowed.evidence().contains(drift), slowed.evidence());
        assertEquals(slowed.evidence().indexOf(drift), slowed.evidence().lastIndexOf(drift),
                "both bounded steps fell short of the first capacity; the drift is said once");
    }

    /**
     * virtual's bounded 2x and 4x steps' goodput, and its capacity measured again after them ({@code capacity-after}, its
     * capacity row but for the rate, after its last bounded row).
     */
    private static UnaryOperator<String> withCapacityAfter(int afterRps, int boundedRps) {
        String after = "virtual,overload,capacity-after,100,,100,10,10000,10000,0," + afterRps
                + ",101,130,380,40,0.4,false,,1000,,0,0,0,0,150,,,,";
        return line -> !line.matches("virtual,overload,[24]x-bounded,.*") ? line
                : line.replace(",6000,", "," + boundedRps * 10 + ",").replace(",600,", "," + boundedRps + ",")
                + (line.startsWith("virtual,overload,4x-bounded,") ? "\n" + after : "");
    }

    @Test
    void aHalfCapacityStepThatRefusedSomeIsNotTheSeriesWithoutTheBounds() throws IOException {
        // Where the bounded 0.5x step refused some, it was not the same service: the series has no baseline of its own.
        LessonResult refusing = lesson(overloadRun(line -> line.replace("blocking,overload,0.5x,", "blocking,mixed,0.5x,")
                .replaceFirst("^(blocking,overload,0\\.5x-bounded,(?:[^,]*,){17})[^,]*", "$112")));
        assertEquals(Verdict.INCONCLUSIVE, verdict(refusing, "blocking").verdict(), verdict(refusing, "blocking").evidence());
    }

    @Test
    void aRestartAfterKillIsReadFromTheShutdownsProcessWhereTheOverloadSeriesRanInOneProcess() throws IOException {
        List<List<String>> rows = Reliability.table(overloadRun(line -> line.startsWith("reactive,shutdown,sigterm,")
                ? line + "true" : line)).rows();

        assertEquals("served again", rows.get(2).get(4), "the shutdown's process was started right after kill -9");
    }

    @Test
    void aShutdownThatLostItsRequestsIsTheShutdownsFigureNotTheRestarts() throws IOException {
        List<List<String>> lostAll = Reliability.table(overloadRun(line -> line.startsWith("reactive,shutdown,sigterm,")
                ? line.replace(",60,60,0,", ",60,0,60,") + "true" : line)).rows();
        assertEquals("served again", lostAll.get(2).get(4), "a shutdown that lost its requests is the shutdown's figure");
        assertTrue(lostAll.get(2).get(3).contains("60 lost"), lostAll.get(2).get(3));
    }

    @Test
    void aShutdownTimeoutIsReadInTheWordsAServiceWritesIt() {
        assertEquals(Optional.of(30.0), Reliability.seconds("PT30S"));
        assertEquals(Optional.of(30.0), Reliability.seconds("30s"));
        assertEquals(Optional.of(0.5), Reliability.seconds("500 ms"));
        assertEquals(Optional.empty(), Reliability.seconds("none"));
        assertEquals(Optional.empty(), Reliability.seconds("30"), "a number without its unit is not guessed");
    }

    @Test
    void theHostileInputsCountedAreTheOnesTheTestSuiteSends() throws IOException {
        String contract = Files.readString(Path.of("../shared/src/test/java/dev/jvmwait/contract/HostileClientsContract.java"));
        Matcher count = Pattern.compile("int BAD_INPUTS\\s*=\\s*(\\d+)\\s*;").matcher(contract);

        assertTrue(count.find(), "HostileClientsContract.BAD_INPUTS");
        assertEquals(Integer.parseInt(count.group(1)), Reliability.HOSTILE_INPUTS);
    }

    @Test
    void theReportShowsTheLessonItsChartsAndTheReliabilityTableAfterTheLessons() throws IOException {
        Report.write(StoredResults.copy("overload", dir));
        String md = Files.readString(dir.resolve("summary.md"));
        String html = Files.readString(dir.resolve("report.html"));

        int lesson = md.indexOf("## 8. Past capacity, a bound turns collapse into fast refusals");
        int reliability = md.indexOf("## Reliability");
        assertTrue(lesson > 0 && reliability > lesson && md.indexOf("## Numbers that look odd") > reliability, md);
        assertTrue(md.contains("| 8. Past capacity, a bound turns collapse into fast refusals | confirmed | contradicted"
                + " | inconclusive | not measured |"), md);
        assertFalse(md.contains("requests failed (ko)"), "failures past capacity are the measurement, not an odd number");
        assertTrue(md.contains("| 12,800 | 9,790 (9,790 refused with Retry-After) |"), "the failures by kind in all results");
        for (String chart : List.of("chart-overload-goodput", "chart-overload-p99")) {
            assertTrue(html.contains("<canvas id=\"" + chart + "\""), chart);
        }
    }

    @Test
    void aRunWithoutOverloadStepsSaysNotMeasured() throws IOException {
        Report.write(StoredResults.copy("consistent", dir));
        String md = Files.readString(dir.resolve("summary.md"));
        String html = Files.readString(dir.resolve("report.html"));
        LessonResult overload = lesson(ResultsDirectory.read(dir));

        assertTrue(overload.numbers().isEmpty());
        assertTrue(overload.verdicts().stream().allMatch(v -> v.verdict() == Verdict.NOT_MEASURED), overload.verdicts().toString());
        assertTrue(md.contains("**Not measured** in this run (scenario `overload`)"), md);
        assertTrue(md.contains("## Reliability\n\n**Not measured** in this run (scenarios `overload` and `shutdown`)."), md);
        assertTrue(html.contains("overload: goodput (% of capacity) against the offered load (dashed: with the bound): not"
                + " measured in this run"));
        assertFalse(html.contains("<canvas id=\"chart-overload-goodput\""));
    }

    /** The stored overload run, each line of its results.csv edited. */
    private ResultsDirectory overloadRun(UnaryOperator<String> edit) throws IOException {
        Path copy = StoredResults.copy("overload", dir);
        Path csv = copy.resolve("results.csv");
        Files.write(csv, Files.readAllLines(csv).stream().map(edit).toList());
        return ResultsDirectory.read(copy);
    }

    private static LessonResult lesson(ResultsDirectory run) {
        return new OverloadLesson().evaluate(run, new Capacity(run));
    }

    private static TargetVerdict verdict(LessonResult lesson, String target) {
        return lesson.verdictFor(target).orElseThrow(() -> new AssertionError("no verdict for " + target));
    }
}
