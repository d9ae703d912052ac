package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jvmwait.load.Latencies;
import dev.jvmwait.load.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed smoke run says failed: the request names with failures, and Gatling's messages for them. */
class FailuresTest {

    private static StepRecord step(String scenario, String label, Map<String, Latencies> requests) {
        return new StepRecord(scenario, label, 10, null, 100, null, null, false, 10000, 11000, 16000,
                new TreeMap<>(requests), null, null, null, null, false);
    }

    private static Latencies times(long count, long ko) {
        return new Latencies(count, ko, 101, 110, 120, 200, "");
    }

    @Test
    void everyFailedRequestIsNamedWarmUpTooButNotTheAnswersPastCapacityExpects() {
        List<StepRecord> steps = List.of(
                step("io", "1", Map.of("io main 1", times(30, 0), "io warmup 1", times(10, 2))),
                step("overload", "4x", Map.of("overload main 4x", times(50, 0),
                        "overload main-refused 4x", times(150, 150), "overload main-timeout 4x", times(3, 3))),
                step("shutdown", "sigterm", Map.of("shutdown inflight sigterm", times(5, 0),
                        "shutdown inflight-connection sigterm", times(1, 1),
                        "shutdown after-connection sigterm", times(4, 4))));

        assertEquals(List.of("io warmup 1: 2 of 10", "overload main-timeout 4x: 3 of 3",
                "shutdown inflight-connection sigterm: 1 of 1"), Failures.failedRequests(steps));
    }

    @Test
    void gatlingsMessagesAreReadFromEveryErrorsBlockOnceEachWithoutTheirCounts(@TempDir Path dir) throws IOException {
        Path console = dir.resolve("console.log");
        Files.write(console, List.of(
                "---- Requests ------------------------------------------|---Total---|-----OK----|----KO----",
                "> io warmup 1                                            |        10 |         8 |         2",
                "---- Errors --------------------------------------------------------------------------------",
                "> j.n.ConnectException: Connection refused                                   2   (100%)",
                "",
                "---- io 1 ----------------------------------------------------------------------------------",
                "> not an error",
                "---- Errors --------------------------------------------------------------------------------",
                "> j.n.ConnectException: Connection refused                                   2   (66.67%)",
                "> Request timeout to 127.0.0.1/127.0.0.1:8081 after 3000 ms                  1   (33.33%)"));

        assertEquals(List.of("j.n.ConnectException: Connection refused",
                "Request timeout to 127.0.0.1/127.0.0.1:8081 after 3000 ms"), Failures.gatlingMessages(console));
        assertEquals(List.of(), Failures.gatlingMessages(dir.resolve("none.log")));
    }

    @Test
    void theLineNamesTheTargetAndIsKeptForCompareShsLastLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("logs").resolve("failures.txt");
        List<StepRecord> steps = List.of(step("io", "1", Map.of("io warmup 1", times(10, 2))));

        String line = Failures.describe("blocking", List.of("pool 1"), steps, dir.resolve("console.log"), file);

        assertEquals("blocking: pool 1: no request measured; io warmup 1: 2 of 10", line);
        assertEquals(List.of(line), Files.readAllLines(file));
    }
}
