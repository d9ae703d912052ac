package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsTest {

    private static final List<String> ALL_TARGETS = List.of("blocking", "virtual", "reactive", "coroutines", "quarkus-virtual");

    @TempDir
    Path dir;

    @Test
    void runConsistentWithTheLessonsConfirmsEachOneForEveryTarget() throws IOException {
        List<LessonResult> lessons = Lessons.evaluate(StoredResults.run("consistent", dir));

        for (LessonResult lesson : lessons.subList(0, 4)) {
            for (String target : ALL_TARGETS) {
                assertEquals(Verdict.CONFIRMED, verdict(lesson, target).verdict(),
                        "lesson " + lesson.number() + " " + target + ": " + verdict(lesson, target).evidence());
            }
        }
        LessonResult starvation = lessons.get(4);
        assertEquals(Verdict.NOT_APPLICABLE, verdict(starvation, "blocking").verdict());
        for (String target : ALL_TARGETS.subList(1, 5)) {
            assertEquals(Verdict.CONFIRMED, verdict(starvation, target).verdict(), target);
        }
    }

    @Test
    void realRunOnATwoCoreMachineConfirmsEveryLessonWithTheNumbersItMeasured() throws IOException {
        List<LessonResult> lessons = Lessons.evaluate(StoredResults.run("real-2026-11-25", dir));

        for (LessonResult lesson : lessons) {
            for (String target : ALL_TARGETS) {
                Verdict expected = lesson.number() == 5 && target.equals("blocking") ? Verdict.NOT_APPLICABLE : Verdict.CONFIRMED;
                assertEquals(expected, verdict(lesson, target).verdict(),
                        "lesson " + lesson.number() + " " + target + ": " + verdict(lesson, target).evidence());
            }
        }
        // Virtual threads on Spring MVC went far past the thread bound, but their one core stopped them short of the ideal.
        assertTrue(verdict(lessons.getFirst(), "virtual").evidence().startsWith("5,134 rps at 1,000 users, 2.6× the thread-per-request bound"),
                verdict(lessons.getFirst(), "virtual").evidence());
        assertTrue(verdict(lessons.get(3), "reactive").evidence().contains("probe p99 2,185 ms during the mistake vs 3 ms during the fix"),
                verdict(lessons.get(3), "reactive").evidence());
    }

    @Test
    void blockingPlateauIsJudgedAgainstThePoolTheServiceReported() throws IOException {
        LessonResult io = Lessons.evaluate(StoredResults.run("consistent", dir)).getFirst();

        assertTrue(io.rules().getFirst().contains("pool of 200 platform threads, \"tomcat max threads\""), io.rules().getFirst());
        assertTrue(verdict(io, "blocking").evidence().contains("against a bound of 2,000 rps"), verdict(io, "blocking").evidence());
    }

    @Test
    void eventLoopCountIsTheNumberQuarkusReportedNotAnotherEventLoopSetting() throws IOException {
        LessonResult loop = Lessons.evaluate(StoredResults.run("consistent", dir)).get(3);

        assertTrue(loop.rules().getFirst().contains("event loops: 2, \"Vert.x event loops\" in the Quarkus settings"),
                loop.rules().getFirst());
    }

    @Test
    void measurementThatContradictsALessonIsReportedWithItsNumbers() throws IOException {
        List<LessonResult> lessons = Lessons.evaluate(StoredResults.run("contradicting", dir));

        TargetVerdict pool = verdict(lessons.get(0), "blocking");
        TargetVerdict fanout = verdict(lessons.get(1), "virtual");
        TargetVerdict loop = verdict(lessons.get(3), "reactive");
        assertAll(
                () -> assertEquals(Verdict.CONTRADICTED, pool.verdict()),
                () -> assertTrue(pool.evidence().contains("3,900 rps at 1,000 users against a bound of 2,000 rps"), pool.evidence()),
                () -> assertEquals(Verdict.CONTRADICTED, fanout.verdict()),
                () -> assertTrue(fanout.evidence().contains("concurrent p50 305 ms"), fanout.evidence()),
                () -> assertEquals(Verdict.CONTRADICTED, loop.verdict()),
                () -> assertTrue(loop.evidence().contains("probe p99 6 ms during the mistake"), loop.evidence()),
                () -> assertTrue(loop.evidence().contains("488 rps against loops ÷ wait = 20 rps"), loop.evidence()),
                () -> assertEquals(Verdict.CONFIRMED, verdict(lessons.get(3), "coroutines").verdict()));
    }

    @Test
    void missingScenariosAreNotMeasuredAndThePoolFallsBackWithANote() throws IOException {
        List<LessonResult> lessons = Lessons.evaluate(StoredResults.run("missing-scenarios", dir));

        assertEquals(Verdict.CONFIRMED, verdict(lessons.getFirst(), "blocking").verdict());
        assertEquals(Verdict.CONFIRMED, verdict(lessons.getFirst(), "virtual").verdict());
        assertTrue(lessons.getFirst().notes().getFirst().contains("Tomcat's default of 200 assumed"));
        for (LessonResult lesson : lessons.subList(1, 5)) {
            assertTrue(lesson.numbers().isEmpty(), "lesson " + lesson.number());
            for (String target : List.of("blocking", "virtual")) {
                assertEquals(Verdict.NOT_MEASURED, verdict(lesson, target).verdict(), "lesson " + lesson.number());
            }
        }
    }

    @Test
    void nonBlockingStyleFarPastTheThreadBoundConfirmsTheLessonEvenBelowItsIdeal() throws IOException {
        ResultsDirectory run = runOf(List.of(
                "virtual,io,1,200,,100,,30,59000,59000,0,1960,,,,,2000,0.98,,,,",
                "virtual,io,2,1000,,100,,30,180000,180000,0,6000,,,,,10000,0.60,,,,",
                "virtual,ceiling,1,200,,0,,15,96000,96000,0,6400,,,,,,,,,,"));

        TargetVerdict v = verdict(new IoLesson().evaluate(run, new Capacity(run)), "virtual");

        assertEquals(Verdict.CONFIRMED, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("3.0× the thread-per-request bound of 2,000 rps: no thread cap"), v.evidence());
        assertTrue(v.evidence().contains("efficiency 0.60 at 1,000 users"), v.evidence());
    }

    @Test
    void nonBlockingStyleHeldAtTheThreadBoundIsInconclusiveWhenItRanAtTheCeiling() throws IOException {
        ResultsDirectory run = runOf(List.of(
                "virtual,io,1,200,,100,,30,59000,59000,0,1960,,,,,2000,0.98,,,,",
                "virtual,io,2,1000,,100,,30,63000,63000,0,2100,,,,,10000,0.21,,,,",
                "virtual,ceiling,1,200,,0,,15,33000,33000,0,2200,,,,,,,,,,"));

        TargetVerdict v = verdict(new IoLesson().evaluate(run, new Capacity(run)), "virtual");

        assertEquals(Verdict.INCONCLUSIVE, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("95% of the zero-delay ceiling (2,200 rps)"), v.evidence());
    }

    @Test
    void nonBlockingStyleThatPlateausWithHeadroomContradictsTheLesson() throws IOException {
        ResultsDirectory run = runOf(List.of(
                "reactive,io,1,200,,100,,30,59000,59000,0,1960,,,,,2000,0.98,,,,",
                "reactive,io,2,1000,,100,,30,60000,60000,0,2000,,,,,10000,0.20,,,,",
                "reactive,ceiling,1,200,,0,,15,96000,96000,0,14000,,,,,,,,,,"));

        TargetVerdict v = verdict(new IoLesson().evaluate(run, new Capacity(run)), "reactive");

        assertEquals(Verdict.CONTRADICTED, v.verdict(), v.evidence());
        assertTrue(v.evidence().contains("efficiency 0.20 at 1,000 users"), v.evidence());
    }

    @Test
    void cpuStyleThatOutrunsTheOthersOnTheSameCoresContradictsLessonThree() throws IOException {
        ResultsDirectory run = runOf(List.of(
                "blocking,cpu,1,2,,,27,30,,,0,700,,,,,,,1300,,,",
                "virtual,cpu,1,2,,,27,30,,,0,710,,,,,,,1300,,,",
                "reactive,cpu,1,2,,,27,30,,,0,1400,,,,,,,650,,,"));

        LessonResult cpu = new CpuLesson().evaluate(run, new Capacity(run));

        assertEquals(Verdict.CONFIRMED, verdict(cpu, "blocking").verdict());
        assertEquals(Verdict.CONTRADICTED, verdict(cpu, "reactive").verdict());
        assertTrue(verdict(cpu, "reactive").evidence().contains("1.97 × the median style's 710 rps"), verdict(cpu, "reactive").evidence());
    }

    /** A run of these rows on a server pinned to one core, with no settings and no steps.csv. */
    private ResultsDirectory runOf(List<String> rows) throws IOException {
        return StoredResults.of(dir, "{\"serverCores\": 1}", rows);
    }

    private static TargetVerdict verdict(LessonResult lesson, String target) {
        return lesson.verdictFor(target).orElseThrow(() -> new AssertionError("no verdict for " + target));
    }
}
