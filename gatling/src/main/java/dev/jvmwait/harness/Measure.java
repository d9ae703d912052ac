package dev.jvmwait.harness;

import dev.jvmwait.load.OverloadSimulation;
import dev.jvmwait.load.Profile;
import dev.jvmwait.load.Progress;
import dev.jvmwait.load.RunSimulation;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.ServerJit;
import dev.jvmwait.load.ServerSignal;
import dev.jvmwait.load.StepRecord;
import dev.jvmwait.load.SteadyState;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.StepCpuRow;
import dev.jvmwait.results.WarmUpRule;
import dev.jvmwait.report.OverloadLesson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import scala.Console$;

/**
 * Measures one target: one Gatling run ({@link RunSimulation}) warms it to a steady state, then runs its scenarios'
 * steps one after the other, while this JVM samples the server and itself from {@code /proc}; then joins what the
 * simulation recorded per step (its {@code steps.jsonl}: each request name's response times) with the samples of
 * the step's window, appends the rows to {@code results.csv} (the load generator's side to {@code steps.csv}) and
 * prints a progress line per step.
 *
 * <pre>java -cp ... -DbaseUrl=http://127.0.0.1:8082 dev.jvmwait.harness.Measure --target virtual --profile default
 *   --scenarios io,cost --results results/2026... [--server-pid 123 --server-cores 1] [--first-step 7 --total-steps 24]
 *   [--round 2] [--backend postgres [--pool-set 100] [--backend-pids 456,789]] [--core-speed logs/core-speed.txt]</pre>
 *
 * Over a real backend ({@code --backend}), each row also says which, the size of the pool the target's lookups waited
 * in (as the service reports it under {@code backend pool <path>/api} in {@code /internal/settings}), whether that was
 * the framework's default ({@code --pool-set} names the size the run set instead), and the backend's CPU: the
 * processes {@code --backend-pids} names and their descendants.
 *
 * What each scenario runs is the profile's cell of the {@link Scenario} table (the simulation reads it). The
 * past-capacity experiment's scenarios run after the others, in Gatling runs of their own ({@link GatlingRuns}): with
 * the lessons' in one process ({@code overload}: its ladder then measures a stack that the lessons' steps compiled), or
 * alone. Exit status: 0 measured, 1 nothing was measured, 3 in a profile that fails on errors (smoke): a request failed
 * (the simulation's Gatling assertions failed) or a step measured no request; 4 the server died during the lessons'
 * steps, and the past-capacity ones were not run.
 */
public final class Measure {

    /** This JVM's exit status when the server died during the lessons' steps, before the past-capacity ones. */
    private static final int DIED = 4;

    private Measure() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, "target", "profile", "scenarios", "results");
        String target = options.get("target");
        Profile profile = Profile.named(options.get("profile"));
        Path results = Path.of(options.get("results"));
        Long serverPid = options.has("server-pid") ? Long.valueOf(options.get("server-pid")) : null;
        Integer serverCores = options.has("server-cores") ? Integer.valueOf(options.get("server-cores")) : null;
        int round = Integer.parseInt(options.getOrDefault("round", "1"));
        int index = Integer.parseInt(options.getOrDefault("first-step", "1"));
        String total = options.getOrDefault("total-steps", "?");
        List<Scenario> scenarios = Arrays.stream(options.get("scenarios").split(",")).map(Scenario::named).toList();
        String backend = options.getOrDefault("backend", "sleep");
        String poolSet = options.getOrDefault("pool-set", "");
        List<Long> backendPids = Arrays.stream(options.getOrDefault("backend-pids", "").split(","))
                .filter(pid -> !pid.isBlank()).map(Long::valueOf).toList();
        PrintStream console = System.out;
        String baseUrl = System.getProperty("baseUrl");

        // The pass's folder name needs the pool only as the run set it; the size the service uses is read once it answers.
        BackendPass named = backend.equals("sleep") ? BackendPass.SLEEP
                : new BackendPass(backend, poolSet.isEmpty() ? null : Integer.valueOf(poolSet), poolSet.isEmpty());
        // The lessons over the simulated wait come first; the past-capacity experiment's steps, if asked for, after them in
        // the same process (overload) or in a process of their own (shutdown; overload alone), whose folder says which.
        List<Scenario> lessons = scenarios.stream().filter(scenario -> !scenario.pastCapacity()).toList();
        List<Scenario> pastScenarios = scenarios.stream().filter(Scenario::pastCapacity).toList();
        String pastSuffix = lessons.isEmpty() && !pastScenarios.isEmpty() ? "-" + pastScenarios.getFirst().label() : "";
        Path gatlingFolder = results.resolve("gatling").resolve(target + named.folderSuffix() + pastSuffix
                + (round > 1 ? "-round" + round : ""));
        Files.createDirectories(gatlingFolder);
        Path records = gatlingFolder.resolve("steps.jsonl");
        Path warmUpRecord = gatlingFolder.resolve("warm-up.json");
        Files.deleteIfExists(records);
        Files.deleteIfExists(warmUpRecord);
        Files.deleteIfExists(gatlingFolder.resolve("console.log"));
        // The simulation reads its knobs from the profile, and watches the server's JIT and reads its heap by its pid.
        System.setProperty("profile", profile.label());
        System.setProperty("warmUpCapS", Double.toString(profile.warmUpCapS()));
        System.setProperty("records", records.toString());
        System.setProperty("warmUpRecord", warmUpRecord.toString());
        if (serverPid != null) {
            System.setProperty("serverPid", serverPid.toString());
            System.setProperty("serverCores", String.valueOf(serverCores == null ? 1 : serverCores));
        }

        Integer bound = options.has("bound") ? Integer.valueOf(options.get("bound")) : null;
        Double capacity = options.has("capacity") ? Double.valueOf(options.get("capacity")) : null;
        Boolean afterKill = options.has("after-kill") ? Boolean.TRUE : null;
        if (bound != null) {
            System.setProperty("bound", bound.toString()); // the shutdown's users: at most half of it
        }
        if (capacity != null) {
            System.setProperty("capacityRps", capacity.toString());
        }

        int[] next = {index};
        Progress.listen((phase, result) -> console.println(warmUpLine(target + " " + phase, result, profile.warmUpCapS())),
                record -> console.println("[" + next[0]++ + "/" + total + "] " + StepResult.measuredLine(target, record)));
        List<ProcSampler.Sample> samples;
        GatlingRuns runs = new GatlingRuns(target, gatlingFolder, records, console);
        // Records of a bounded series measured again at a new capacity: kept in the records file, not made rows.
        Set<Integer> superseded = new HashSet<>();
        boolean diedInLessons = false;
        HeapSampler heap = null;
        try (ProcSampler sampler = new ProcSampler(serverPid, backendPids, 100)) {
            if (!lessons.isEmpty()) {
                runs.run(lessons, true);
                diedInLessons = !pastScenarios.isEmpty() && serverPid != null && !alive(serverPid);
            }
            if (diedInLessons) {
                console.println(target + " stopped during the lessons' steps; the past-capacity steps were not run");
            } else if (!pastScenarios.isEmpty()) {
                // The heap, read every 250 ms by a jstat beside this JVM: past capacity only, where it is a result.
                heap = serverPid == null ? null : new HeapSampler(serverPid);
                if (pastScenarios.contains(Scenario.OVERLOAD)) {
                    System.setProperty(ServerJit.PROPERTY, "true"); // its compilers lent Gatling's core between windows
                }
                if (pastScenarios.contains(Scenario.OVERLOAD) && capacity == null) {
                    // The ladder's rates are multiples of what the capacity step measures: a Gatling run of its own first.
                    List<StepRecord> measured = runs.run(List.of(Scenario.OVERLOAD), false);
                    capacity = measuredRps(measured, "capacity").orElse(null);
                    if (capacity != null) {
                        useCapacity(capacity, options.getOrDefault("capacity-out", ""), profile, console, target);
                        System.setProperty(OverloadSimulation.PART, OverloadSimulation.BOUNDED_PART);
                        List<StepRecord> first = runs.run(List.of(Scenario.OVERLOAD), false);
                        Optional<Double> after = measuredRps(first.subList(measured.size(), first.size()),
                                OverloadSimulation.CAPACITY_AFTER);
                        // Not in a training run, which measures nothing: the same steps again would teach its JIT nothing new.
                        if (after.isPresent() && after.get() > OverloadLesson.CAPACITY_SLACK * capacity
                                && profile != Profile.TRAIN) {
                            // The first capacity step measured a slower process than the bounded series met: on the
                            // ladder it set, the lesson's rule could only say inconclusive. Once more, at the new one.
                            for (int i = measured.size(); i < first.size(); i++) {
                                if (!first.get(i).label().equals(OverloadSimulation.RECOMPILE)) {
                                    superseded.add(i);
                                }
                            }
                            console.println(String.format(Locale.ROOT, "%s: the capacity measured again, %,.0f requests a"
                                    + " second, is %.1f× the first: the bounded series once more, at it (the first one's"
                                    + " steps stay in %s, not in results.csv)", target, after.get(), after.get() / capacity,
                                    results.relativize(records)));
                            next[0] -= superseded.size();
                            capacity = after.get();
                            useCapacity(capacity, options.getOrDefault("capacity-out", ""), profile, console, target);
                            System.setProperty(OverloadSimulation.PART, OverloadSimulation.BOUNDED_AGAIN_PART);
                            runs.run(List.of(Scenario.OVERLOAD), false);
                        }
                        System.setProperty(OverloadSimulation.PART, OverloadSimulation.UNBOUNDED_PART);
                        runs.run(pastScenarios, false);
                    } else {
                        console.println(target + ": the capacity step measured no success; the overload ladder was not run");
                    }
                } else {
                    runs.run(pastScenarios, false);
                }
            }
            sampler.close();
            samples = sampler.samples();
        } finally {
            if (heap != null) {
                heap.close();
            }
        }
        OptionalLong exitedAtMs = ServerSignal.exitedAtMs(SHUTDOWN_CAP_MS);
        // The service is still up (compare.sh stops it once this JVM exits): its pool, as it reports it.
        BackendPass pass = named.backend().equals("sleep") ? named
                : new BackendPass(backend, reportedPool(baseUrl, console).orElse(named.pool()), named.poolDefault());
        SteadyState.Result warmUp = Files.exists(warmUpRecord)
                ? SteadyState.Result.inTurn(RunSimulation.readWarmUp(warmUpRecord)) : null;
        if (!Files.exists(records)) {
            console.println("Gatling measured nothing for " + target + " (status " + runs.status() + "); see "
                    + gatlingFolder.resolve("console.log"));
            System.exit(1);
        }
        List<StepRecord> marks = StepRecord.readAll(records);
        Optional<StepRecord> unbound = marks.stream().filter(m -> m.bound() != null && m.bound() == StepRecord.BOUND_NOT_SET)
                .findFirst();
        if (unbound.isPresent()) {
            console.println(target + ": the service did not take the in-flight bound of step " + unbound.get().label()
                    + " (PUT /internal/max-in-flight, its answer above): no row written, since its steps would say a"
                    + " bound they did not run with");
            System.exit(1);
        }
        // A server that ended without being told to died: of what its log says, during the last step that had started.
        Long diedAtMs = serverPid == null || ServerSignal.sent() || alive(serverPid)
                ? null : lastSeenMs(samples);
        String diedOf = diedAtMs == null ? null : causeOfDeath(options.getOrDefault("server-log", ""));
        CoreSpeed.Readings coreSpeed = CoreSpeed.read(options.has("core-speed") ? Path.of(options.get("core-speed")) : null);
        List<StepResult> steps = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            if (superseded.contains(i)) {
                continue;
            }
            StepRecord step = marks.get(i);
            PastCapacity past = PastCapacity.NONE;
            if (Scenario.named(step.scenario()).pastCapacity()) {
                boolean dead = diedAtMs != null && (i + 1 == marks.size() || marks.get(i + 1).startMs() > diedAtMs || step.startMs() > diedAtMs);
                boolean overload = step.scenario().equals(Scenario.OVERLOAD.label());
                // An overload step set its own bound (0: none); the shutdown's process was started with --bound's.
                Integer stepBound = step.bound() == null ? bound : step.bound() == 0 ? null : step.bound();
                past = new PastCapacity(overload ? capacity : null, stepBound, afterKill, dead ? diedOf : null,
                        step.scenario().equals(Scenario.SHUTDOWN.label()) && exitedAtMs.isPresent()
                                ? (exitedAtMs.getAsLong() - ServerSignal.signalMs()) / 1000.0 : null,
                        heap == null ? null : heap.peakMb(step.startMs(), step.measureEndMs()));
            }
            OptionalDouble speed = coreSpeed.mean(step.measureStartMs(), step.measureEndMs());
            steps.add(StepResult.of(target, step.scenario(), step, samples, results.relativize(runs.folderOf(i)),
                    serverPid == null ? null : serverCores, Runtime.getRuntime().availableProcessors(), warmUp, round, pass, past)
                    .withCoreSpeed(speed.isPresent() ? speed.getAsDouble() : null));
        }
        ResultRow.FILE.append(results.resolve("results.csv"), steps.stream().map(StepResult::resultRow).toList());
        StepCpuRow.FILE.append(results.resolve("steps.csv"), steps.stream().map(StepResult::stepCpuRow).toList());
        boolean errors = runs.assertionsFailed();
        List<String> emptySteps = new ArrayList<>();
        for (StepResult step : steps) {
            // Past capacity a refusal is an answer; after SIGTERM so is a refused connection (Tomcat closes its port):
            // the failures there are other errors under overload, and requests lost at SIGTERM.
            boolean shutdown = step.scenario().equals(Scenario.SHUTDOWN.label());
            errors |= step.requests() == 0 || !shutdown && step.resultRow().nonRefusalErrors() > 0
                    || shutdown && step.resultRow().ko() > 0;
            if (step.requests() == 0) {
                emptySteps.add(step.scenario() + " " + step.resultRow().step());
            }
            if (Boolean.TRUE.equals(step.resultRow().machineBound()) || Boolean.TRUE.equals(step.resultRow().cold())) {
                console.println("  not the style's: " + step.progressLine());
            }
        }
        console.println(cpuLine(target, steps));
        if (runs.assertionsFailed()) {
            console.println(target + ": Gatling's assertions failed (requests failed); see " + gatlingFolder.resolve("console.log"));
        }
        if (errors && profile.failOnErrors()) {
            console.println("failed: " + Failures.describe(target, emptySteps, marks, gatlingFolder.resolve("console.log"),
                    results.resolve("logs").resolve("failures.txt")));
        }
        console.flush();
        System.exit(diedInLessons ? DIED : errors && profile.failOnErrors() ? 3 : 0);
    }

    /** How long after SIGTERM a server may take to exit: the services' shutdown timeout (30 s), and 10 s more. */
    private static final long SHUTDOWN_CAP_MS = 40_000;

    /** What the overload scenario's capacity step served: its successes per second of its window. */
    private static Optional<Double> measuredRps(List<StepRecord> records, String label) {
        return records.stream().filter(r -> r.scenario().equals(Scenario.OVERLOAD.label()) && r.label().equals(label)).findFirst()
                .map(r -> r.ofKind("answered").count() / r.measureSeconds()).filter(rps -> rps > 0);
    }

    /**
     * Makes this the capacity the ladder's next Gatling runs are multiples of, and tells compare.sh it and the bound it
     * implies ({@link OverloadSimulation#boundFor}): {@code 312.5 47}, in the file {@code --capacity-out} names.
     */
    private static void useCapacity(double capacity, String file, Profile profile, PrintStream console, String target)
            throws IOException {
        System.setProperty("capacityRps", Double.toString(capacity));
        int bound = OverloadSimulation.boundFor(capacity, OverloadSimulation.waitMs(profile));
        console.println(String.format(Locale.ROOT, "%s: capacity %,.0f requests a second; the bound for the bounded steps, and for the shutdown's process: %d in flight",
                target, capacity, bound));
        if (!file.isBlank()) {
            Files.writeString(Path.of(file), String.format(Locale.ROOT, "%.1f %d%n", capacity, bound));
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** When the server was last seen alive by the sampler (epoch ms). */
    private static Long lastSeenMs(List<ProcSampler.Sample> samples) {
        return samples.stream().filter(s -> s.serverCpuUs() >= 0).mapToLong(ProcSampler.Sample::atMs).max().orElse(0L);
    }

    /** Why the server died, from its log: an {@code OutOfMemoryError} if it says so, else that it exited. */
    private static String causeOfDeath(String log) {
        try {
            if (!log.isBlank() && Files.readString(Path.of(log), StandardCharsets.UTF_8).contains("OutOfMemoryError")) {
                return "OutOfMemoryError";
            }
        } catch (IOException | RuntimeException e) {
            // no log to read
        }
        return "exited";
    }

    /**
     * The size of the pool the target's lookups wait in, as the service reports it: {@code backend pool /api} in
     * {@code /internal/settings} (at the root: a Quarkus target's base path, {@code /kotlin}, names its own pool).
     */
    private static Optional<Integer> reportedPool(String baseUrl, PrintStream console) {
        URI base = URI.create(baseUrl);
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        String label = "backend pool " + path + "/api";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest settings = HttpRequest.newBuilder(base.resolve("/internal/settings")).timeout(Duration.ofSeconds(5)).build();
            JsonNode pool = new JsonMapper().readTree(client.send(settings, HttpResponse.BodyHandlers.ofString()).body()).get(label);
            if (pool != null && pool.canConvertToInt()) {
                return Optional.of(pool.intValue());
            }
        } catch (IOException | RuntimeException e) {
            // said below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        console.println(baseUrl + ": /internal/settings did not say \"" + label + "\"; the rows' pool is the one the run set, if any");
        return Optional.empty();
    }

    /** {@code virtual: server 5–100% of its cores (JIT ≤ 2%), Gatling 4–32% of its (105–1,135 µs per request)}. */
    private static String cpuLine(String target, List<StepResult> steps) {
        List<ResultRow> rows = steps.stream().map(StepResult::resultRow).toList();
        return String.format(Locale.ROOT, "%s: server %s of its cores (JIT at most %s), Gatling %s of its (%s µs per request);"
                        + " %d of %d steps machine-bound, %d cold", target,
                range(rows, ResultRow::serverCpuShare, true), percent(rows.stream().map(ResultRow::serverJitShare)
                        .filter(v -> v != null).max(Double::compare).orElse(null)),
                range(rows, ResultRow::loadgenCpuShare, true), range(rows, ResultRow::loadgenUsPerReq, false),
                rows.stream().filter(r -> Boolean.TRUE.equals(r.machineBound())).count(), rows.size(),
                rows.stream().filter(r -> Boolean.TRUE.equals(r.cold())).count());
    }

    private static String range(List<ResultRow> rows, java.util.function.Function<ResultRow, Double> field, boolean share) {
        List<Double> values = rows.stream().map(field).filter(v -> v != null).sorted().toList();
        if (values.isEmpty()) {
            return "?";
        }
        return share ? percent(values.getFirst()) + "–" + percent(values.getLast())
                : String.format(Locale.ROOT, "%,.0f–%,.0f", values.getFirst(), values.getLast());
    }

    /** {@code virtual io: warmed 20.1 s, steady (per 1 s window: rps/server JIT/Gatling JIT 1,980/34%/5% ...)}. */
    private static String warmUpLine(String target, SteadyState.Result result, double capS) {
        return String.format(Locale.ROOT, "%s: warmed %.1f s, %s (per %d s window: rps/server JIT/Gatling JIT %s)",
                target, result.seconds(), result.steady() ? "steady" : "stopped at the cap of " + capS + " s, not yet steady",
                WarmUpRule.WINDOW_MS / 1000, String.join(" ", result.windows().stream().map(Measure::shown).toList()));
    }

    private static String shown(SteadyState.Window window) {
        return String.format(Locale.ROOT, "%,.0f/%s/%s", window.rps(), percent(window.serverJitShare()),
                percent(window.loadgenJitShare()));
    }

    private static String percent(Double share) {
        return share == null ? "?" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
