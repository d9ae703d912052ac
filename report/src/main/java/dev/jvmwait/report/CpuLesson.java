package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Lesson 3: async is concurrency, not parallelism: CPU-bound work tops out at the cores, whatever the style. */
public final class CpuLesson implements Lesson {

    /** Each style's best cpu rps within this share of the median style's best. */
    static final double SAME_CEILING_TOLERANCE = 0.25;
    /** Past the step whose users first reach twice the cores, rps grows by at most this factor. */
    static final double MAX_GROWTH_PAST_CORES = 1.25;
    /**
     * Users per core that keep a core busy in a closed model: with one, the core idles while the response
     * travels back and the next request comes in, so the plateau starts at two.
     */
    static final int USERS_PER_CORE_TO_SATURATE = 2;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        Optional<Integer> cores = capacity.serverCores();
        List<String> rules = List.of(
                "Every target: its best rps on the ladder is within ±" + Figures.pct(SAME_CEILING_TOLERANCE)
                        + " of the median of all targets' bests (one ceiling for all styles: the cores), and its rps at the"
                        + " top step is at most " + MAX_GROWTH_PAST_CORES + " × its rps at the first step whose users ≥ "
                        + USERS_PER_CORE_TO_SATURATE + " × the server's cores (" + cores.map(String::valueOf).orElse("unknown")
                        + "; with one user per core a closed model leaves the core idle between requests). Either missed → contradicted.");
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
        Double medianBest = median(new ArrayList<>(best.values()));
        List<String> headers = new ArrayList<>(List.of("target", "style"));
        users.forEach(u -> headers.add(Figures.users(u) + ": rps"));
        headers.addAll(List.of("best ÷ median best", "CPU µs/request (top step)", "server cores used (top step)"));
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
            row.add(best.size() > 1 ? Figures.ratio(best.get(target) / medianBest) : "–");
            row.add(Figures.num(top.cpuUsPerReq()));
            row.add(Figures.num(top.serverCores()));
            rows.add(row);
            verdicts.add(verdict(target, ladder, best, medianBest, cores));
        }
        List<String> notes = new ArrayList<>();
        List<Double> cpuPerReq = results.targets().stream()
                .map(t -> results.steps(t, "cpu")).filter(l -> !l.isEmpty())
                .map(l -> l.getLast().median().cpuUsPerReq()).filter(v -> v != null).toList();
        if (cpuPerReq.size() > 1) {
            double lo = cpuPerReq.stream().min(Comparator.naturalOrder()).orElseThrow();
            double hi = cpuPerReq.stream().max(Comparator.naturalOrder()).orElseThrow();
            if (lo > 0 && hi / lo > 1.5) {
                notes.add("CPU per request differs by " + Figures.times(hi / lo) + " between targets at the top step ("
                        + Figures.num(lo) + " to " + Figures.num(hi) + " µs): the fibonacci is the same, so the difference is each"
                        + " stack's own cost per request (HTTP, JSON, scheduling), which matters more the smaller n is.");
            }
        }
        ResultRow any = results.targets().stream().flatMap(t -> results.steps(t, "cpu").stream()).map(Measurement::median)
                .findFirst().orElse(null);
        return new LessonResult(3, "Async is concurrency, not parallelism",
                "Interleaving many requests does not add CPUs: CPU-bound work tops out at the cores the server has,"
                        + " whichever style schedules it.",
                "`cpu`: a closed ladder of users calling /api/compute/fibonacci/"
                        + (any == null || any.n() == null ? "{n}" : Figures.integer(any.n()))
                        + " (naive recursion), run where each style should run CPU work.",
                "cpu", rules, new Table(headers, rows), verdicts, notes);
    }

    private TargetVerdict verdict(String target, List<Measurement> ladder, Map<String, Double> best, Double medianBest,
                                  Optional<Integer> cores) {
        List<String> missed = new ArrayList<>();
        StringBuilder numbers = new StringBuilder("best " + Figures.rps(best.get(target)));
        if (best.size() > 1 && medianBest != null && medianBest > 0) {
            double ratio = best.get(target) / medianBest;
            numbers.append(" = ").append(Figures.ratio(ratio)).append(" × the median style's ").append(Figures.rps(medianBest));
            if (ratio > 1 + SAME_CEILING_TOLERANCE) {
                missed.add("more than the other styles got from the same cores");
            } else if (ratio < 1 - SAME_CEILING_TOLERANCE) {
                missed.add("well below the other styles on the same cores: this style's own overhead, not the cores, set its limit");
            }
        }
        Measurement base = cores.flatMap(c -> ladder.stream()
                        .filter(m -> m.median().users() >= USERS_PER_CORE_TO_SATURATE * c).findFirst())
                .orElse(ladder.getLast());
        Measurement top = ladder.getLast();
        if (top != base) {
            double growth = top.median().rps() / base.median().rps();
            numbers.append("; ").append(Figures.rps(base.median().rps())).append(" at ").append(Figures.integer(base.median().users()))
                    .append(" users → ").append(Figures.rps(top.median().rps())).append(" at ").append(Figures.integer(top.median().users()));
            if (growth > MAX_GROWTH_PAST_CORES) {
                missed.add("rps kept growing (" + Figures.times(growth) + ") past users = " + USERS_PER_CORE_TO_SATURATE + " × cores");
            }
        }
        return missed.isEmpty()
                ? new TargetVerdict(target, Verdict.CONFIRMED, numbers.toString())
                : new TargetVerdict(target, Verdict.CONTRADICTED, numbers + ": " + String.join("; ", missed));
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        values.sort(Double::compare);
        int mid = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
    }
}
