package dev.jvmwait.harness;

import dev.jvmwait.load.Profile;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.StepRecord;
import dev.jvmwait.load.SteadyState;
import dev.jvmwait.load.WarmUpSimulation;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import dev.jvmwait.results.WarmUpRule;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import scala.Console$;

/**
 * Runs a target's scenarios one after the other in this JVM (one Gatling start, one JIT warm-up of the
 * load generator), while sampling the server and this load generator from {@code /proc}; after each
 * scenario, joins what the simulation recorded per step (its {@code steps.jsonl}: each request name's
 * response times) with the samples of the step's window, appends the rows to
 * {@code results.csv} (the load generator's side to {@code steps.csv}) and prints a progress line per step.
 *
 * <pre>java -cp ... -DbaseUrl=http://127.0.0.1:8082 dev.jvmwait.harness.Measure --target virtual --profile default
 *   --scenarios ceiling,io --results results/2026... [--server-pid 123 --server-cores 1] [--first-step 7 --total-steps 24]</pre>
 *
 * What each scenario runs is the profile's cell of the {@link Scenario} table (the simulations read it).
 * Exit status: 0 measured, 1 a scenario measured nothing, 3 in a profile that fails on errors (smoke): a
 * request failed (the simulations' Gatling assertions failed) or a step measured no request.
 */
public final class Measure {

    private Measure() {
    }

    /** The cores the server could run on (compare.sh's split), or {@code null} if not given: then its share is unknown. */
    private static Integer serverCores;
    /** This target's warm-up before its first step, {@code null} if the profile has none: every row records it. */
    private static SteadyState.Result warmUp;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, "target", "profile", "scenarios", "results");
        String target = options.get("target");
        Profile profile = Profile.named(options.get("profile"));
        Path results = Path.of(options.get("results"));
        Long serverPid = options.has("server-pid") ? Long.valueOf(options.get("server-pid")) : null;
        serverCores = options.has("server-cores") ? Integer.valueOf(options.get("server-cores")) : null;
        int index = Integer.parseInt(options.getOrDefault("first-step", "1"));
        String total = options.getOrDefault("total-steps", "?");
        PrintStream console = System.out;
        System.setProperty("profile", profile.label()); // the simulations read their knobs from this profile
        boolean errors = false;
        boolean missing = false;
        if (profile.warmUpCapS() > 0) {
            warmUp = warmUp(profile.warmUpCapS(), target, results, console);
        }
        for (String name : options.get("scenarios").split(",")) {
            Scenario scenario = Scenario.named(name);
            Outcome outcome = run(scenario, target, scenario.label(), results, serverPid, console, true);
            if (outcome.steps().isEmpty()) {
                missing = true;
                continue;
            }
            errors |= outcome.assertionsFailed();
            for (StepResult step : outcome.steps()) {
                console.println("[" + index++ + "/" + total + "] " + step.progressLine());
                errors |= step.requests() == 0;
            }
            if (outcome.assertionsFailed()) {
                console.println(target + " " + scenario.label() + ": Gatling's assertions failed (requests failed); see "
                        + results.resolve("gatling").resolve(target + "-" + scenario.label()).resolve("console.log"));
            }
            console.flush();
        }
        System.exit(missing ? 1 : errors && profile.failOnErrors() ? 3 : 0);
    }

    /**
     * Before anything is measured: the io steps' requests (their wait, their top concurrency) until the
     * target's throughput stops rising ({@link WarmUpSimulation}), at most {@code capS} seconds. Both JVMs
     * compile the paths the steps run, and the connections the steps will open have been opened. Not recorded
     * as a step; how long it took goes into every row of the target.
     */
    private static SteadyState.Result warmUp(double capS, String target, Path results, PrintStream console)
            throws IOException {
        Path gatlingFolder = results.resolve("gatling").resolve(target + "-warm-up");
        Files.createDirectories(gatlingFolder);
        Path record = gatlingFolder.resolve("warm-up.json");
        Files.deleteIfExists(record);
        System.setProperty("records", record.toString());
        System.setProperty("warmUpCapS", Double.toString(capS));
        try {
            gatling(WarmUpSimulation.class, target, "warm-up", gatlingFolder, console, false);
        } finally {
            System.clearProperty("warmUpCapS");
        }
        if (!Files.exists(record)) {
            console.println(target + ": the warm-up recorded nothing; see " + gatlingFolder.resolve("console.log"));
            return null;
        }
        SteadyState.Result result = WarmUpSimulation.read(record);
        console.println(String.format(Locale.ROOT, "%s: warmed %.1f s, %s (rps per %d s window: %s)", target, result.seconds(),
                result.steady() ? "throughput steady" : "stopped at the cap of " + capS + " s, throughput still rising",
                WarmUpRule.WINDOW_MS / 1000, String.join(" ", result.windowsRps().stream()
                        .map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList())));
        return result;
    }

    /**
     * Runs one simulation in this JVM, its console output (and, with {@code htmlReport}, its HTML report) under
     * {@code gatlingFolder}; Gatling's exit status.
     */
    private static int gatling(Class<?> simulation, String target, String runName, Path gatlingFolder, PrintStream console,
                               boolean htmlReport) throws IOException {
        try (PrintStream log = new PrintStream(Files.newOutputStream(gatlingFolder.resolve("console.log")), true,
                StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log);
            try {
                // Gatling prints its summary through Scala's Console, which keeps the stream it first saw.
                List<String> args = new ArrayList<>(List.of("-s", simulation.getName(), "-rf", gatlingFolder.toString(),
                        "-rd", target + " " + runName));
                if (!htmlReport) {
                    args.add("--no-reports");
                }
                return (Integer) Console$.MODULE$.withOut(log, () -> Gatling$.MODULE$.fromArgs(args.toArray(String[]::new)));
            } catch (RuntimeException e) {
                e.printStackTrace(log);
                return 1;
            } finally {
                System.setOut(console);
                System.setErr(console);
            }
        }
    }

    /** Gatling's exit status when an assertion of the simulation failed. */
    private static final int ASSERTIONS_FAILED = 2;

    /** A scenario's steps, and whether Gatling's assertions failed. */
    private record Outcome(List<StepResult> steps, boolean assertionsFailed) {
    }

    /**
     * Runs one scenario's simulation, its Gatling files under gatling/&lt;target&gt;-&lt;runName&gt;; with
     * {@code record}, appends its steps to results.csv and steps.csv.
     */
    private static Outcome run(Scenario scenario, String target, String runName, Path results, Long serverPid,
                               PrintStream console, boolean record) throws IOException {
        Path gatlingFolder = results.resolve("gatling").resolve(target + "-" + runName);
        Files.createDirectories(gatlingFolder);
        Path records = gatlingFolder.resolve("steps.jsonl");
        Files.deleteIfExists(records);
        System.setProperty("records", records.toString());
        List<ProcSampler.Sample> samples;
        int status;
        try (ProcSampler sampler = new ProcSampler(serverPid, 100)) {
            status = gatling(scenario.simulation(), target, runName, gatlingFolder, console, true);
            sampler.close();
            samples = sampler.samples();
        }
        if (!Files.exists(records)) {
            console.println("Gatling measured nothing for " + target + " " + runName + " (status " + status
                    + "); see " + gatlingFolder.resolve("console.log"));
            return new Outcome(List.of(), false);
        }
        Path report = results.relativize(newestRun(gatlingFolder));
        List<StepResult> steps = new ArrayList<>();
        for (StepRecord step : StepRecord.readAll(records)) {
            steps.add(StepResult.of(target, scenario.label(), step, samples, report, serverPid == null ? null : serverCores,
                    Runtime.getRuntime().availableProcessors(), warmUp));
        }
        if (record) {
            ResultRow.FILE.append(results.resolve("results.csv"), steps.stream().map(StepResult::resultRow).toList());
            StepCpuRow.FILE.append(results.resolve("steps.csv"), steps.stream().map(StepResult::stepCpuRow).toList());
        }
        return new Outcome(steps, status == ASSERTIONS_FAILED);
    }

    /** The newest run folder Gatling wrote (a repeated run writes one per round): the step's link to its HTML report. */
    private static Path newestRun(Path gatlingFolder) throws IOException {
        try (Stream<Path> runs = Files.list(gatlingFolder)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparingLong(run -> run.toFile().lastModified()))
                    .orElse(gatlingFolder);
        }
    }
}
