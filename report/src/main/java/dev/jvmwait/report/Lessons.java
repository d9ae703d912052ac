package dev.jvmwait.report;

import java.util.List;

/** The seed's five lessons, in the order the report opens with them. */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new IoLesson(), new FanoutLesson(), new CpuLesson(), new MistakeBlockingLesson(), new MistakeCpuLesson());

    private Lessons() {
    }

    public static List<LessonResult> evaluate(ResultsDirectory run) {
        Capacity capacity = new Capacity(run);
        return ALL.stream().map(l -> l.evaluate(run, capacity)).toList();
    }
}
