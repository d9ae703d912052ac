package dev.jvmwait.report;

import dev.jvmwait.results.Environment;
import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tables summary.md shows besides the lessons: verdicts at a glance, fairness, settings, all results. */
final class Tables {
    private Tables() {
    }

    static Table glance(List<LessonResult> lessons, List<String> targets) {
        List<String> headers = new ArrayList<>(List.of("lesson"));
        headers.addAll(targets);
        List<List<String>> rows = new ArrayList<>();
        for (LessonResult l : lessons) {
            List<String> row = new ArrayList<>(List.of(l.number() + ". " + l.title()));
            targets.forEach(t -> row.add(l.verdictFor(t).map(TargetVerdict::label).orElse("–")));
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /** The facts of environment.json, one row each, in the order a reader checks them; unrecorded ones left out. */
    static Table environment(Environment env) {
        List<List<String>> rows = new ArrayList<>();
        fact(rows, "date", env.date());
        fact(rows, "profile", env.profile() == null ? null
                : env.profile() + (env.repeat() == null ? "" : " (repeat " + env.repeat() + ")"));
        List<String> host = new ArrayList<>();
        Optional.ofNullable(env.os()).ifPresent(host::add);
        Optional.ofNullable(env.cores()).ifPresent(cores -> host.add(cores + " cores"));
        Optional.ofNullable(env.cpuModel()).ifPresent(host::add);
        fact(rows, "host", host.isEmpty() ? null : String.join(", ", host));
        fact(rows, "memory", env.memoryGib() == null ? null : String.format(Locale.ROOT, "%.1f GiB", env.memoryGib()));
        fact(rows, "jdk", env.jdk());
        fact(rows, "server jvm flags (every service)", words(env.serverJvmFlags()));
        fact(rows, "gatling jvm flags", words(env.gatlingJvmFlags()));
        fact(rows, "cpu split", env.cpuSplit());
        fact(rows, "server cores", env.serverCores());
        fact(rows, "gatling cores", env.gatlingCores());
        if (env.warmUpCapS() != null && env.stepWarmUpS() != null) {
            fact(rows, "warm-up", "each target warmed in two phases, each until steady, at most " + Figures.num(env.warmUpCapS())
                    + " s each: every request the run sends, without its wait, from a few users (so that C2 compiles every"
                    + " endpoint), then the io steps' requests (their wait, their top concurrency); steady = in each of "
                    + WarmUpRule.QUIET_WINDOWS + " windows of " + Figures.num(WarmUpRule.WINDOW_MS / 1000.0) + " s the server's JIT"
                    + " used less than " + Figures.pct(WarmUpRule.JIT_BUSY) + " of its cores (the load generator's is recorded, not waited for), and (io) the throughput rose less than "
                    + Figures.pct(WarmUpRule.RISE) + " over the best before it. Then every step starts with at least "
                    + Figures.num(env.stepWarmUpS()) + " s (and one wait) of unmeasured load at its own level, and a closed"
                    + " step's window waits for two seconds of a quiet server JIT (at most " + (env.jitWaitCapS() == null ? "?"
                    : Figures.num(env.jitWaitCapS())) + " s more): how long each took is in results.csv (warm_up_s, step_warm_s)");
        }
        fact(rows, "warm-up", env.jitWarmUpS() == null || env.stepWarmUpS() == null ? null
                : Figures.num(env.jitWarmUpS()) + " s of unmeasured zero-delay load after each service starts (JIT),"
                        + " then every step starts with " + Figures.num(env.stepWarmUpS()) + " s of unmeasured load at"
                        + " its own level; the ceiling runs after the closed scenarios, before the open model's overload");
        fact(rows, "targets", words(env.targets()));
        fact(rows, "backend (what a lookup waits on)", env.backend() == null ? "sleep (the simulated wait)" : env.backend());
        fact(rows, "scenarios", words(env.scenarios()));
        fact(rows, "knobs", words(env.knobs()));
        fact(rows, "commit", env.commit());
        if (env.external() != null && !env.external().isEmpty()) {
            fact(rows, "external", String.join("; ", env.external().entrySet().stream()
                    .map(e -> e.getKey() + " at " + e.getValue() + " (started elsewhere; not sampled)").toList()));
        }
        return new Table(List.of("fact", "value"), rows);
    }

    private static void fact(List<List<String>> rows, String name, Object value) {
        if (value != null) {
            rows.add(List.of(name, value.toString()));
        }
    }

    private static String words(List<String> words) {
        return words == null ? null : String.join(" ", words);
    }

    /**
     * How long each target was warmed before its first step, whether it got steady, and what the load generator spent per
     * request it sent (the median over the target's steps); empty if the run did not record the warm-up.
     */
    static Table warmUp(Results results) {
        List<List<String>> rows = new ArrayList<>();
        for (String target : results.targets()) {
            List<ResultRow> steps = results.all().stream().filter(m -> m.target().equals(target)).map(Measurement::median).toList();
            steps.stream().filter(r -> r.warmUpS() != null).findFirst().ifPresent(r -> rows.add(List.of(target,
                    Figures.num(r.warmUpS()) + " s",
                    r.warmUpSteady() == null ? "not warmed" : r.warmUpSteady() ? "yes" : "no: the cap ended it",
                    Figures.num(Measurement.median(steps, ResultRow::loadgenUsPerReq)))));
        }
        return new Table(List.of("target", "warm-up", "steady", "Gatling CPU µs per request sent (median of its steps)"), rows);
    }

    static Table settings(Settings settings) {
        List<String> headers = new ArrayList<>(List.of("setting"));
        headers.addAll(settings.services());
        List<List<String>> rows = new ArrayList<>();
        for (String label : settings.labels()) {
            List<String> row = new ArrayList<>(List.of(label));
            for (String service : settings.services()) {
                Map<String, String> values = settings.of(service);
                row.add(values.getOrDefault(label, "–"));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /**
     * The failed requests, by kind where the row tells them apart ({@code overload}), and a death; in {@code shutdown} the
     * kinds count the requests sent after SIGTERM, which the ko (those in flight that were lost) does not.
     */
    private static String ko(ResultRow r) {
        List<String> kinds = new ArrayList<>();
        Optional.of(OverloadSeries.failureKinds(r)).filter(k -> !k.isEmpty())
                .map(k -> r.scenario().equals(Reliability.SHUTDOWN) ? "sent after SIGTERM: " + k : k).ifPresent(kinds::add);
        if (OverloadSeries.died(r)) {
            kinds.add("died: " + r.died());
        }
        return Figures.integer(r.ko()) + (kinds.isEmpty() ? "" : " (" + String.join("; ", kinds) + ")");
    }

    static Table results(Results results, StepValidity validity) {
        boolean repeats = results.maxRepeats() > 1;
        List<String> headers = new ArrayList<>(List.of("target", "scenario", "step", "users", "rate", "delay ms", "n",
                "requests", "ko", "rps", "p50 ms", "p95 ms", "p99 ms", "max ms", "ideal rps", "eff.", "CPU µs/req",
                "RSS MB", "threads", "probe p99 ms", "gatling CPU", "gatling µs/req", "backend CPU", "server CPU", "server JIT",
                "machine-bound", "cold"));
        if (repeats) {
            headers.addAll(List.of("repeats", "rps spread", "p99 spread"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : results.all()) {
            ResultRow r = m.median();
            String scenario = r.pass().isEmpty() ? r.scenario() : r.scenario() + " (" + r.pass() + ")";
            List<String> row = new ArrayList<>(List.of(r.target(), scenario, r.step(), Figures.integer(r.users()),
                    Figures.num(r.rate()), Figures.num(r.delayMs()), Figures.integer(r.n()), Figures.integer(r.requests()), ko(r),
                    Figures.num(r.rps()), Figures.num(r.p50Ms()), Figures.num(r.p95Ms()), Figures.num(r.p99Ms()), Figures.num(r.maxMs()),
                    Figures.num(r.idealRps()), Figures.ratio(r.efficiency()), Figures.num(r.cpuUsPerReq()), Figures.num(r.rssPeakMb()),
                    Figures.integer(r.threadsPeak()), Figures.num(r.probeP99Ms())));
            StepValidity.State state = validity.of(m);
            row.add(state.loadgenShare() == null ? "–" : Figures.pct(state.loadgenShare()));
            row.add(Figures.num(r.loadgenUsPerReq()));
            row.add(r.backendCpuShare() == null ? "–" : Figures.pct(r.backendCpuShare()));
            row.add(state.serverShare() == null ? "–" : Figures.pct(state.serverShare()));
            row.add(state.serverJitShare() == null ? "–" : Figures.pct(state.serverJitShare()));
            String bound = state.machineBoundLabel(m.scenario());
            row.add(Boolean.TRUE.equals(state.machineBound()) ? "**" + bound + "**" : bound);
            row.add(state.cold() == null ? "unknown" : state.cold() ? "**yes**" : "no");
            if (repeats) {
                row.add(String.valueOf(m.repeats()));
                row.add(m.rps() == null ? "–" : Figures.num(m.rps().low()) + "–" + Figures.num(m.rps().high()));
                row.add(m.p99Ms() == null ? "–" : Figures.num(m.p99Ms().low()) + "–" + Figures.num(m.p99Ms().high()));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }
}
