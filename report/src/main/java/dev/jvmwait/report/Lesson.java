package dev.jvmwait.report;

/** One of the seed's lessons: tests its claim against a run and gives each target a verdict. */
public interface Lesson {
    LessonResult evaluate(ResultsDirectory run, Capacity capacity);
}
