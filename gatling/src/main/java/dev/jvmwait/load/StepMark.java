package dev.jvmwait.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What a simulation records when a step starts: the step's load and its measured window, epoch
 * milliseconds; one JSON line per step in the marks file, so that the harness can match its {@code /proc}
 * samples and Gatling's numbers to the step.
 */
public record StepMark(String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                       boolean probe, long measureStartMs, long measureEndMs, long startMs) {

    private static final JsonMapper JSON = new JsonMapper();

    static StepMark of(Step step, long startMs, long warmMs, long measureMs) {
        return new StepMark(step.label(), step.users(), step.rate(), step.delayMs(), step.n(), step.idealRps(),
                step.probe(), startMs + warmMs, startMs + warmMs + measureMs, startMs);
    }

    public double measureSeconds() {
        return (measureEndMs - measureStartMs) / 1000.0;
    }

    void appendTo(Path marks) {
        try {
            Files.writeString(marks, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every step a simulation recorded, in the order they started. */
    public static List<StepMark> readAll(Path marks) throws IOException {
        try (MappingIterator<StepMark> steps = JSON.readerFor(StepMark.class).readValues(marks.toFile())) {
            return steps.readAll();
        }
    }
}
