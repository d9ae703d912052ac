package dev.jvmwait.harness;

import dev.jvmwait.load.Latencies;
import dev.jvmwait.load.Outcome;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.StepRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What failed, in a run that fails on errors (a smoke run, CI): every request name with failures, warm-up ones too,
 * and the messages Gatling gave them, in one line that {@code compare.sh} repeats under its verdict, so that the last
 * lines of a failed run say what failed and how, not only that something did. Past capacity, the answers a step expects
 * are left out: the refusals of the overload steps, and whatever became of the requests sent after SIGTERM.
 */
final class Failures {

    /** A Gatling error line's count and share, after its message: {@code    5   (100%)}. */
    private static final Pattern COUNT = Pattern.compile("\\s+[\\d,]+\\s+\\(\\s*[\\d.]+%\\)\\s*$");
    private static final int MESSAGES = 5;

    private Failures() {
    }

    /** {@code io warmup 1: 2 of 10; overload main-timeout 4x: 3 of 3}: every failed request name and its count. */
    static List<String> failedRequests(List<StepRecord> steps) {
        List<String> failed = new ArrayList<>();
        for (StepRecord step : steps) {
            for (Map.Entry<String, Latencies> request : step.requests().entrySet()) {
                Latencies times = request.getValue();
                if (times.ko() > 0 && !expected(step, request.getKey())) {
                    failed.add(request.getKey() + ": " + times.ko() + " of " + times.count());
                }
            }
        }
        return failed;
    }

    /** A refusal past capacity, or any outcome of a request sent after SIGTERM: answers, not failures. */
    private static boolean expected(StepRecord step, String name) {
        String kind = StepRecord.kind(step.scenario(), step.label(), name);
        return Scenario.SHUTDOWN.label().equals(step.scenario()) ? kind.startsWith("after")
                : kind.endsWith(Outcome.REFUSED.suffix());
    }

    /** The distinct messages of the {@code ---- Errors ----} blocks of Gatling's console log, at most five. */
    static List<String> gatlingMessages(Path consoleLog) throws IOException {
        Set<String> messages = new LinkedHashSet<>();
        if (Files.exists(consoleLog)) {
            boolean inErrors = false;
            for (String line : Files.readAllLines(consoleLog, StandardCharsets.UTF_8)) {
                if (line.startsWith("---- ")) {
                    inErrors = line.startsWith("---- Errors");
                } else if (inErrors && line.startsWith("> ")) {
                    messages.add(COUNT.matcher(line.substring(2)).replaceFirst("").strip());
                }
            }
        }
        return messages.stream().limit(MESSAGES).toList();
    }

    /**
     * One line: the target, what failed (first the steps that measured no request), and how; appended to {@code file}
     * as well, for compare.sh's last lines.
     */
    static String describe(String target, List<String> emptySteps, List<StepRecord> steps, Path consoleLog, Path file)
            throws IOException {
        List<String> failed = new ArrayList<>(emptySteps.stream().map(step -> step + ": no request measured").toList());
        failed.addAll(failedRequests(steps));
        List<String> messages = gatlingMessages(consoleLog);
        String line = target + ": " + String.join("; ", failed)
                + (messages.isEmpty() ? "" : " (Gatling: " + String.join("; ", messages) + ")");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return line;
    }
}
