package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The response times the simulations record (steps.jsonl) against Gatling's own console summary of the
 * same run: two smoke scenarios against the blocking service, stored as written (gatling-3.15.1/: each
 * console.log, kept as console.txt, beside its steps.jsonl).
 *
 * <p>"Within rounding" means: every request name's total, OK and KO counts are equal; the minimum and the
 * maximum are equal (the histogram is exact below 2,048 ms) and the mean is within 1 ms (Gatling rounds it);
 * Gatling computes its percentiles with a t-digest, which interpolates between neighbouring samples where the
 * histogram takes the nearest rank, so each of its percentiles lies between the recorded samples one rank below
 * and one rank above the nearest rank, give or take 1 ms for its rounding.
 */
class LatenciesMatchGatlingTest {

    private static final Pattern REQUEST_COUNTS = Pattern.compile("(?m)^> (.+?)\\s+\\|\\s+(\\d+) \\|\\s+(\\d+) \\|\\s+(\\d+)$");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^> (request count|min response time|max response time"
            + "|mean response time|response time (\\d+)th percentile).*?\\|\\s+(\\d+) \\|");

    @ParameterizedTest
    @ValueSource(strings = {"blocking-io", "blocking-mistake-blocking"})
    void everyRequestNameHasTheCountsGatlingPrinted(String run) throws Exception {
        Map<String, long[]> gatling = requestCounts(console(run));
        List<StepRecord> steps = StepRecord.readAll(file(run, "steps.jsonl"));

        assertTrue(gatling.size() >= 2, "the console lists the request names: " + gatling.keySet());
        for (Map.Entry<String, long[]> name : gatling.entrySet()) {
            List<Latencies> recorded = steps.stream().map(step -> step.requests(name.getKey())).toList();
            long total = recorded.stream().mapToLong(Latencies::count).sum();
            long ko = recorded.stream().mapToLong(Latencies::ko).sum();
            assertEquals(name.getValue()[0], total, name.getKey() + ": total");
            assertEquals(name.getValue()[1], total - ko, name.getKey() + ": ok");
            assertEquals(name.getValue()[2], ko, name.getKey() + ": ko");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocking-io", "blocking-mistake-blocking"})
    void theRunsResponseTimesAreGatlingsWithinRounding(String run) throws Exception {
        Map<String, Long> gatling = global(console(run));
        Histogram all = new Histogram(RequestTimes.SIGNIFICANT_DIGITS);
        for (StepRecord step : StepRecord.readAll(file(run, "steps.jsonl"))) {
            step.requests().values().forEach(latencies -> all.add(latencies.decode()));
        }
        long[] sorted = samples(all);

        assertEquals(gatling.get("request count"), all.getTotalCount(), "count");
        assertEquals(gatling.get("min response time"), all.getMinValue(), "min");
        assertEquals(gatling.get("max response time"), all.getMaxValue(), "max");
        assertEquals(gatling.get("mean response time"), all.getMean(), 1.0, "mean");
        assertAll(LongStream.of(50, 75, 95, 99).mapToObj(p -> () -> {
            long theirs = gatling.get(p + "th percentile");
            int rank = (int) Math.ceil(p / 100.0 * sorted.length); // nearest rank, 1-based
            long below = sorted[Math.max(rank - 2, 0)];
            long above = sorted[Math.min(rank, sorted.length - 1)];
            assertEquals(all.getValueAtPercentile(p), sorted[rank - 1], "p" + p + " is the nearest rank");
            assertTrue(theirs >= below - 1 && theirs <= above + 1, "p" + p + ": Gatling " + theirs + " ms, recorded "
                    + sorted[rank - 1] + " ms, neighbours " + below + "–" + above + " ms");
        }));
    }

    /** Name → total, OK, KO from the last requests table Gatling printed while it ran, "Global" left out. */
    private static Map<String, long[]> requestCounts(String console) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Matcher row = REQUEST_COUNTS.matcher(console.substring(0, console.indexOf("Global Information")));
        while (row.find()) {
            if (!row.group(1).equals("Global")) {
                counts.put(row.group(1), new long[] {Long.parseLong(row.group(2)), Long.parseLong(row.group(3)),
                        Long.parseLong(row.group(4))});
            }
        }
        return counts;
    }

    /** The Total column of the "Global Information" summary, by line: "request count", "50th percentile", ... */
    private static Map<String, Long> global(String console) {
        Map<String, Long> values = new LinkedHashMap<>();
        Matcher line = GLOBAL.matcher(console.substring(console.indexOf("Global Information")));
        while (line.find()) {
            values.put(line.group(2) == null ? line.group(1) : line.group(2) + "th percentile", Long.parseLong(line.group(3)));
        }
        return values;
    }

    /** Every recorded value, in order (the histogram is exact in this range). */
    private static long[] samples(Histogram histogram) {
        List<Long> values = new ArrayList<>();
        histogram.recordedValues().forEach(v -> {
            for (long i = 0; i < v.getCountAtValueIteratedTo(); i++) {
                values.add(v.getValueIteratedTo());
            }
        });
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static String console(String run) throws IOException, URISyntaxException {
        return Files.readString(file(run, "console.txt"));
    }

    private static Path file(String run, String name) throws URISyntaxException {
        return Path.of(LatenciesMatchGatlingTest.class.getResource("/gatling-3.15.1/" + run + "/" + name).toURI());
    }
}
