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
 * What a simulation recorded for one step: its scenario, the step's load, its window (epoch milliseconds) and the
 * response times of each request name it sent ({@code io main 4}, {@code io warmup 4}, {@code mistake-cpu probe
 * in-handler}, ...: {@link #requestName}). One JSON line per step in the records file, written after Gatling has
 * run the steps, so that the harness reads each step's numbers by its name.
 *
 * @param scenario the scenario's label; {@code null} in records written before one run held several scenarios, whose
 *     request names were {@code <kind> <step>}
 * @param heapLiveMb the server's heap in use after a full GC halfway through the window, where the step read it
 * @param heapIdleMb the server's heap in use after a full GC just before the step started, nothing in flight
 * @param rssIdleMb the server's resident memory then
 * @param bound the in-flight bound in force on the service during the step, as it confirmed it (0: none); null if the
 *     step set none; {@link #BOUND_NOT_SET} if the service did not take it
 * @param compiles the step compiles the service's paths rather than measures them ({@link Step#compiling}): a warm-up
 *     whose machine is not judged
 */
public record StepRecord(String scenario, String label, Integer users, Double rate, Integer delayMs, Integer n, Double idealRps,
                         boolean probe, long startMs, long measureStartMs, long measureEndMs,
                         Map<String, Latencies> requests, Double heapLiveMb, Double heapIdleMb, Double rssIdleMb,
                         Integer bound, boolean compiles) {

    private static final JsonMapper JSON = new JsonMapper();

    /** A step whose bound the service did not take: its row would be mislabelled. */
    public static final int BOUND_NOT_SET = -1;

    public double measureSeconds() {
        return (measureEndMs - measureStartMs) / 1000.0;
    }

    /** The response times of the requests of this name, or {@link Latencies#NONE}. */
    public Latencies requests(String name) {
        return requests.getOrDefault(name, Latencies.NONE);
    }

    /** The response times of this step's requests of one kind: {@code main}, {@code warmup}, {@code probe}, ... */
    public Latencies ofKind(String kind) {
        return requests(requestName(scenario, kind, label));
    }

    /** What a request of this kind in this step is called, in the records and in Gatling's report. */
    static String requestName(String scenario, String kind, String step) {
        return (scenario == null ? "" : scenario + " ") + kind + " " + step;
    }

    /** The kind in a request name of this step, as {@link #requestName} put it there: {@code main-refused}. */
    public static String kind(String scenario, String step, String requestName) {
        int from = scenario == null ? 0 : scenario.length() + 1;
        return requestName.substring(from, requestName.length() - step.length() - 1);
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
