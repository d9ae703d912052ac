package dev.jvmwait.report;

import java.util.List;

/** One of the seed's lessons: tests its claim against a run and gives each target a verdict. */
public interface Lesson {
    LessonResult evaluate(ResultsDirectory run, Capacity capacity);

    /**
     * The steps a target's verdict rests on: if one of them is machine-bound, the verdict cannot stand
     * ({@link Lessons}). Every step of the lesson's scenario, unless the lesson says which.
     */
    default List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        return run.results().steps(target, scenario);
    }
}
