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
import java.util.Map;

/**
 * What a simulation recorded for one step: the step's load, its window (epoch milliseconds) and the
 * response times of each request name it sent ({@code main <step>}, {@code warmup <step>}, {@code probe
 * <step>}, ...). One JSON line per step in the records file, written after Gatling has run the steps, so
 * that the harness reads each step's numbers by its name.
 */
public record StepRecord(String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                         boolean probe, long startMs, long measureStartMs, long measureEndMs,
                         Map<String, Latencies> requests) {

    private static final JsonMapper JSON = new JsonMapper();

    public double measureSeconds() {
        return (measureEndMs - measureStartMs) / 1000.0;
    }

    /** The response times of the requests of this name, or {@link Latencies#NONE}. */
    public Latencies requests(String name) {
        return requests.getOrDefault(name, Latencies.NONE);
    }

    void appendTo(Path records) {
        try {
            Files.writeString(records, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every step a simulation recorded, in the order they ran. */
    public static List<StepRecord> readAll(Path records) throws IOException {
        try (MappingIterator<StepRecord> steps = JSON.readerFor(StepRecord.class).readValues(records.toFile())) {
            return steps.readAll();
        }
    }
}
