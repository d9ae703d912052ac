package dev.jvmwait.report;

import java.util.List;

/** The seed's five lessons, in the order the report opens with them. */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new IoCapLesson(), new FanOutLesson(), new CpuLesson(), new BlockingLoopLesson(), new CpuStarvationLesson());

    private Lessons() {
    }

    public static List<LessonResult> evaluate(Run run) {
        Facts facts = new Facts(run);
        return ALL.stream().map(l -> l.evaluate(run, facts)).toList();
    }
}
