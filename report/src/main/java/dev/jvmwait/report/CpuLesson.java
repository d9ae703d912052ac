package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Lesson 3: async is concurrency, not parallelism: CPU-bound work tops out at the cores, whatever the style. */
public final class CpuLesson implements Lesson {

    /**
     * Past the step whose users first reach twice the cores, rps grows by at most this factor. Parallelism would
     * multiply it by the users added (×4 from 4 users to 16); what a busy core still gains from more users at once is
     * fewer wake-ups per request, a few tens of percent.
     */
    static final double MAX_GROWTH_PAST_CORES = 1.5;
    /**
     * Users per core that keep a core busy in a closed model: with one, the core idles while the response
     * travels back and the next request comes in, so the plateau starts at two.
     */
    static final int USERS_PER_CORE_TO_SATURATE = 2;
    /**
     * The same fibonacci costing this much more server CPU in one of the two deciding steps than in the other means
     * the shared machine ran slower during that step: seen once, 1,136 µs per request at 4 users against 741 µs at 16,
     * a few seconds apart, where every other ladder of that run stayed within 1.1×. Below it, the difference is the
     * style's own (fewer wake-ups per request with more users), and the rps are compared as they are.
     */
    static final double SPEED_DRIFT = 1.25;
    /** Beyond this, the requests did different work (a cache, say), not the same work at another speed: no correction. */
    static final double MAX_SPEED_DRIFT = 2.0;
    /** Bests of the styles further apart than this are worth a note (not a verdict: see the rule). */
    static final double BESTS_APART = 1.25;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        Optional<Integer> cores = capacity.serverCores();
        List<String> rules = List.of(
                "Every target: at the top step its server's cores are ≥ " + Figures.pct(Capacity.CPU_SATURATED) + " busy (the"
                        + " cores are the ceiling), and its rps there is at most " + MAX_GROWTH_PAST_CORES + " × its rps at the"
                        + " first step whose users ≥ " + USERS_PER_CORE_TO_SATURATE + " × the server's cores ("
                        + cores.map(String::valueOf).orElse("unknown") + "; with one user per core a closed model leaves the core"
                        + " idle between requests): more concurrency, no more throughput → confirmed. Either missed → contradicted.",
                "The two steps are compared at one machine speed: where the same fibonacci cost ≥ " + SPEED_DRIFT + " × (and"
                        + " < " + MAX_SPEED_DRIFT + " ×) the server CPU per request in one step than in the other, the machine"
                        + " was that much slower during it (a shared machine's speed drifts; the work did not change), and the"
                        + " growth is taken at equal speed: rps growth × (CPU µs per request at the top ÷ at the first step).",
                "Each target is judged on its own ladder, measured within seconds: the styles' bests are compared in a"
                        + " note, not a verdict, since targets are measured one after the other on a shared machine whose speed"
                        + " can drift between them (CPU µs per fibonacci, in the table, shows it), and each stack adds its own"
                        + " cost per request (lesson 6).");
        Map<String, Double> best = new LinkedHashMap<>();
        TreeSet<Double> users = new TreeSet<>();
        for (String target : results.targets()) {
            List<Measurement> ladder = results.steps(target, "cpu");
            ladder.stream().map(m -> m.median().rps()).filter(v -> v != null).max(Double::compare)
                    .ifPresent(b -> best.put(target, b));
            ladder.forEach(m -> {
                if (m.median().users() != null) {
                    users.add(m.median().users());
                }
            });
        }
        List<String> headers = new ArrayList<>(List.of("target", "style"));
        users.forEach(u -> headers.add(Figures.users(u) + ": rps"));
        headers.addAll(List.of("server cores busy (top step)", "CPU µs/request (top step)"));
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            List<Measurement> ladder = results.steps(target, "cpu").stream()
                    .filter(m -> m.median().rps() != null && m.median().users() != null).toList();
            if (ladder.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no cpu steps"));
                continue;
            }
            ResultRow top = ladder.getLast().median();
            List<String> row = new ArrayList<>(List.of(target, capacity.style(target).description()));
            for (Double u : users) {
                row.add(ladder.stream().filter(m -> u.equals(m.median().users())).findFirst()
                        .map(m -> Figures.num(m.median().rps())).orElse("–"));
            }
            row.add(busy(top, cores).map(Figures::pct).orElse("–"));
            row.add(Figures.num(top.cpuUsPerReq()));
            rows.add(row);
            verdicts.add(verdict(target, ladder, cores));
        }
        List<String> notes = new ArrayList<>();
        if (best.size() > 1) {
            double lo = best.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double hi = best.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            notes.add("The styles' bests range " + Figures.rps(lo) + "–" + Figures.rps(hi) + " (" + Figures.times(hi / lo) + ")"
                    + (hi / lo > BESTS_APART ? ": more than the fibonacci alone explains. Each stack adds its own cost per request"
                    + " (HTTP, JSON, scheduling; lesson 6), and a shared machine's speed can drift between targets measured"
                    + " minutes apart: compare CPU µs per request." : ": one ceiling, the cores, whatever the style."));
        }
        ResultRow any = results.targets().stream().flatMap(t -> results.steps(t, "cpu").stream()).map(Measurement::median)
                .findFirst().orElse(null);
        return new LessonResult(3, "Async is concurrency, not parallelism",
                "Interleaving many requests does not add CPUs: CPU-bound work tops out at the cores the server has,"
                        + " whichever style schedules it.",
                "`cpu`: a closed ladder of users calling /api/compute/fibonacci/"
                        + (any == null || any.n() == null ? "{n}" : Figures.integer(any.n()))
                        + " (naive recursion), run where each style should run CPU work.",
                "cpu", rules, new Table(headers, rows), verdicts, notes).withKey("rps at the top step");
    }

    /** The share of its cores the server was busy in a step: the recorded share, or CPU per request × rps ÷ cores. */
    private static Optional<Double> busy(ResultRow r, Optional<Integer> cores) {
        if (r.serverCpuShare() != null) {
            return Optional.of(r.serverCpuShare());
        }
        return r.serverCores() == null ? Optional.empty() : cores.map(c -> r.serverCores() / c);
    }

    private TargetVerdict verdict(String target, List<Measurement> ladder, Optional<Integer> cores) {
        List<String> missed = new ArrayList<>();
        Measurement top = ladder.getLast();
        double topRps = top.median().rps();
        StringBuilder numbers = new StringBuilder(Figures.rps(topRps) + " at " + Figures.users(top.median().users()));
        Optional<Double> busy = busy(top.median(), cores);
        if (busy.isPresent()) {
            numbers.append(", server cores ").append(Figures.pct(busy.get())).append(" busy");
            if (busy.get() < Capacity.CPU_SATURATED) {
                missed.add("the server's cores were not the limit (< " + Figures.pct(Capacity.CPU_SATURATED) + " busy)");
            }
        }
        Measurement base = cores.flatMap(c -> ladder.stream()
                        .filter(m -> m.median().users() >= USERS_PER_CORE_TO_SATURATE * c).findFirst())
                .orElse(ladder.getLast());
        if (top != base) {
            double growth = topRps / base.median().rps();
            numbers.append("; ").append(Figures.rps(base.median().rps())).append(" at ").append(Figures.users(base.median().users()))
                    .append(" → ").append(Figures.rps(topRps)).append(" at ").append(Figures.users(top.median().users()))
                    .append(" (").append(Figures.times2(growth)).append(")");
            Optional<Double> drift = speedDrift(base.median(), top.median());
            if (drift.isPresent()) {
                growth *= drift.get();
                numbers.append("; the same fibonacci cost ").append(Figures.num(base.median().cpuUsPerReq()))
                        .append(" µs of server CPU per request at ").append(Figures.users(base.median().users()))
                        .append(" against ").append(Figures.num(top.median().cpuUsPerReq())).append(" µs at ")
                        .append(Figures.users(top.median().users())).append(": the machine's speed changed between the steps,")
                        .append(" and at equal speed the growth is ").append(Figures.times2(growth));
            }
            if (growth > MAX_GROWTH_PAST_CORES) {
                missed.add("rps kept growing past users = " + USERS_PER_CORE_TO_SATURATE + " × cores");
            }
        }
        if (!missed.isEmpty()) {
            return new TargetVerdict(target, Verdict.CONTRADICTED, numbers + ": " + String.join("; ", missed), topRps);
        }
        return busy.isPresent() ? new TargetVerdict(target, Verdict.CONFIRMED, numbers.toString(), topRps)
                : new TargetVerdict(target, Verdict.INCONCLUSIVE, numbers + "; the server's CPU was not recorded, so the cores"
                        + " cannot be shown to be the ceiling", topRps);
    }

    /**
     * CPU µs per request at the top ÷ at the base, when the two differ by a machine's drift ({@link #SPEED_DRIFT} to
     * {@link #MAX_SPEED_DRIFT}, either way); empty when they are close, too far apart, or not recorded.
     */
    static Optional<Double> speedDrift(ResultRow base, ResultRow top) {
        if (base.cpuUsPerReq() == null || top.cpuUsPerReq() == null || base.cpuUsPerReq() <= 0 || top.cpuUsPerReq() <= 0) {
            return Optional.empty();
        }
        double ratio = top.cpuUsPerReq() / base.cpuUsPerReq();
        double apart = Math.max(ratio, 1 / ratio);
        return apart >= SPEED_DRIFT && apart < MAX_SPEED_DRIFT ? Optional.of(ratio) : Optional.empty();
    }

    /** Only the steps from the first with enough users to saturate the cores decide; the first steps only show the ramp. */
    @Override
    public List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        List<Measurement> ladder = run.results().steps(target, scenario);
        Optional<Integer> cores = capacity.serverCores();
        return ladder.stream().filter(m -> m.median().users() != null
                && m.median().users() >= USERS_PER_CORE_TO_SATURATE * cores.orElse(1)).toList();
    }
}
