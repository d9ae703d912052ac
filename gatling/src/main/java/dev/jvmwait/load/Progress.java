package dev.jvmwait.load;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the run tells as it goes, while Gatling's own console output goes to its log: each warm-up phase once it is
 * steady (or capped), each step once its users are done. The harness listens ({@link #listen}) and prints a line.
 */
public final class Progress {

    private static volatile BiConsumer<String, SteadyState.Result> warmedUp = (phase, result) -> {
    };
    private static volatile Consumer<StepRecord> stepDone = record -> {
    };

    private Progress() {
    }

    public static void listen(BiConsumer<String, SteadyState.Result> warmUps, Consumer<StepRecord> steps) {
        warmedUp = warmUps;
        stepDone = steps;
    }

    static void warmedUp(String phase, SteadyState.Result result) {
        warmedUp.accept(phase, result);
    }

    static void stepDone(StepRecord record) {
        stepDone.accept(record);
    }
}
