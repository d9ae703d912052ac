package dev.jvmwait.report;

import java.util.List;
import java.util.Optional;

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

    /**
     * Why one of its deciding steps may decide although it measured the machine or the compiler ({@link StepValidity}),
     * or empty: it may not. Only where the step met the lesson's rule on a side that a busy machine could not have put
     * it on (a limit the machine can only have held it under), so that the verdict would stand on a free machine too.
     */
    default Optional<String> countsDespite(Capacity capacity, Measurement step) {
        return Optional.empty();
    }
}
