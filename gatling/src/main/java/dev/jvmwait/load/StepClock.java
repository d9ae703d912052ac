package dev.jvmwait.load;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time line of one step: its first user starts the clock; requests sent during the first
 * {@code warm} are named {@code warmup <step>}, those of the next {@code measure} {@code main <step>}.
 * When the clock starts, the step's {@link StepMark} is appended to the marks file.
 */
final class StepClock {

    private final Step step;
    private final long warmMs;
    private final long measureMs;
    private final AtomicLong start = new AtomicLong();

    StepClock(Step step, long warmMs, long measureMs) {
        this.step = step;
        this.warmMs = warmMs;
        this.measureMs = measureMs;
    }

    Step step() {
        return step;
    }

    /** Starts the clock if this is the step's first user. */
    void startOnce() {
        long now = System.currentTimeMillis();
        if (start.compareAndSet(0, now)) {
            writeMark(now);
        }
    }

    boolean started() {
        return start.get() != 0;
    }

    /** Whether the closed model's users should send another request. */
    boolean running() {
        return System.currentTimeMillis() < start.get() + warmMs + measureMs;
    }

    boolean measuring() {
        long now = System.currentTimeMillis();
        return now >= start.get() + warmMs && now < start.get() + warmMs + measureMs;
    }

    /** The name of a request sent now: only {@code main <step>} requests are measured. */
    String requestName() {
        long now = System.currentTimeMillis();
        if (now < start.get() + warmMs) {
            return "warmup " + step.label();
        }
        return now < start.get() + warmMs + measureMs ? "main " + step.label() : "drain " + step.label();
    }

    private void writeMark(long now) {
        StepMark mark = StepMark.of(step, now, warmMs, measureMs);
        String file = System.getProperty("marks");
        if (file == null || file.isBlank()) {
            System.out.println("step " + mark);
        } else {
            mark.appendTo(Path.of(file));
        }
    }
}
