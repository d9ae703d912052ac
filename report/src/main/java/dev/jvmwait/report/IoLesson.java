package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Lesson 1: blocking I/O caps thread-per-request at threads ÷ latency; styles that wait without a thread do not stop there. */
public final class IoLesson implements Lesson {

    /** Thread per request past its pool: top-step rps within this share of pool ÷ wait. */
    static final double BOUND_TOLERANCE = 0.15;
    /** Styles that wait without a thread: efficiency at every step past the pool at least this. */
    static final double KEEPS_UP_EFFICIENCY = 0.80;
    static final double DEFAULT_WAIT_MS = 100;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        int pool = capacity.platformPool();
        double waitMs = waitMs(run);
        double bound = pool / (waitMs / 1000.0);
        List<String> rules = List.of(
                "Thread per request (pool of " + pool + " platform threads, " + capacity.platformPoolSource() + "): at the top step,"
                        + " with more users than threads, rps is within ±" + Figures.pct(BOUND_TOLERANCE) + " of pool ÷ wait = "
                        + pool + " ÷ " + Figures.num(waitMs) + " ms = " + Figures.rps(bound) + ", and efficiency has fallen below"
                        + " its value at the last step with users ≤ pool → confirmed. More than " + Figures.pct(BOUND_TOLERANCE)
                        + " above or below the bound, or efficiency not fallen: contradicted.",
                "Virtual threads, event loop, coroutines: at every step with more users than " + pool + ", efficiency"
                        + " (rps ÷ (users ÷ wait)) ≥ " + Figures.ratio(KEEPS_UP_EFFICIENCY) + " → confirmed. Below it, the"
                        + " lesson still holds if the step went more than " + Figures.pct(BOUND_TOLERANCE) + " past the"
                        + " thread-per-request bound (" + Figures.rps(bound) + "): confirmed, with the limit it met instead"
                        + " named; held at or under that bound: contradicted.");
        TreeSet<Double> users = new TreeSet<>();
        results.targets().forEach(t -> results.steps(t, "io").forEach(m -> {
            if (m.median().users() != null) {
                users.add(m.median().users());
            }
        }));
        List<String> headers = new ArrayList<>(List.of("target", "style"));
        users.forEach(u -> headers.add(Figures.users(u) + ": rps (eff.)"));
        headers.add("p99 at the top step");
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            List<Measurement> ladder = results.steps(target, "io");
            Style style = capacity.style(target);
            if (!ladder.isEmpty()) {
                List<String> row = new ArrayList<>(List.of(target, style.description()));
                for (Double u : users) {
                    row.add(ladder.stream().filter(m -> u.equals(m.median().users())).findFirst()
                            .map(m -> Figures.num(m.median().rps()) + " (" + Figures.ratio(efficiency(m, waitMs)) + ")").orElse("–"));
                }
                row.add(Figures.ms(ladder.getLast().median().p99Ms()));
                rows.add(row);
            }
            verdicts.add(verdict(target, style, ladder, pool, waitMs, bound));
        }
        List<String> notes = new ArrayList<>();
        if (!capacity.platformPoolFromSettings()) {
            notes.add("The blocking service's pool size was " + capacity.platformPoolSource() + ".");
        }
        return new LessonResult(1, "Blocking I/O caps thread-per-request at threads ÷ latency",
                "A thread that blocks on I/O can serve only one request per wait, so a pool of N threads can never"
                        + " exceed N ÷ wait requests per second, however many users are waiting.",
                "`io`: a closed ladder of concurrent users, each calling /api/users/{id}?delayMs=" + Figures.num(waitMs)
                        + " in a loop; the ideal is users ÷ wait (Little's law), efficiency = rps ÷ ideal. The wait is long"
                        + " so that a thousand users ask for a rate one server core serves with room to spare: by Little's"
                        + " law the pool's cap is threads ÷ wait at any wait, and a short wait would measure the core instead.",
                "io", rules, new Table(headers, rows), verdicts, notes).withKey("rps at the top step");
    }

    /**
     * The steps past the pool (each can decide a verdict), and for thread per request also the last step
     * within it, whose efficiency the top step's is compared with.
     */
    @Override
    public List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        int pool = capacity.platformPool();
        List<Measurement> ladder = run.results().steps(target, scenario).stream()
                .filter(m -> m.median().users() != null).toList();
        List<Measurement> deciding = new ArrayList<>();
        if (capacity.style(target) == Style.PLATFORM_POOL) {
            ladder.stream().filter(m -> m.median().users() <= pool).reduce((a, b) -> b).ifPresent(deciding::add);
        }
        ladder.stream().filter(m -> m.median().users() > pool).forEach(deciding::add);
        return deciding;
    }

    static double waitMs(ResultsDirectory run) {
        Results r = run.results();
        List<ResultRow> rows = r.targets().stream().flatMap(t -> r.steps(t, "io").stream()).map(Measurement::median).toList();
        Double median = Measurement.median(rows, ResultRow::delayMs);
        return median != null && median > 0 ? median : DEFAULT_WAIT_MS;
    }

    static Double efficiency(Measurement m, double waitMs) {
        ResultRow r = m.median();
        if (r.efficiency() != null) {
            return r.efficiency();
        }
        if (r.rps() == null) {
            return null;
        }
        if (r.idealRps() != null && r.idealRps() > 0) {
            return r.rps() / r.idealRps();
        }
        return r.users() == null ? null : r.rps() / (r.users() / (waitMs / 1000.0));
    }

    private TargetVerdict verdict(String target, Style style, List<Measurement> ladder, int pool, double waitMs, double bound) {
        List<Measurement> withRps = ladder.stream().filter(m -> m.median().rps() != null && m.median().users() != null).toList();
        if (withRps.isEmpty()) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "no io steps with throughput");
        }
        Measurement top = withRps.getLast();
        double topUsers = top.median().users();
        double topRps = top.median().rps();
        if (style == Style.PLATFORM_POOL) {
            if (topUsers <= pool) {
                return new TargetVerdict(target, Verdict.INCONCLUSIVE, "the ladder stopped at " + Figures.integer(topUsers)
                        + " users, never past the pool of " + pool + " threads: " + Figures.rps(topRps), topRps);
            }
            String numbers = Figures.rps(topRps) + " at " + Figures.integer(topUsers) + " users against a bound of "
                    + Figures.rps(bound) + " (" + Figures.pct(topRps / bound) + ")";
            if (topRps > bound * (1 + BOUND_TOLERANCE)) {
                return new TargetVerdict(target, Verdict.CONTRADICTED, numbers
                        + ": more than the pool can serve; is the pool really " + pool + " threads?", topRps);
            }
            if (topRps < bound * (1 - BOUND_TOLERANCE)) {
                return new TargetVerdict(target, Verdict.CONTRADICTED, numbers
                        + ": it levelled off below the bound: a pool smaller than reported, or a cost per request the wait hides", topRps);
            }
            Optional<Measurement> lastInPool = withRps.stream().filter(m -> m.median().users() <= pool).reduce((a, b) -> b);
            Double topEff = efficiency(top, waitMs);
            if (lastInPool.isPresent() && topEff != null) {
                Double inPoolEff = efficiency(lastInPool.get(), waitMs);
                String effNumbers = "efficiency " + Figures.ratio(inPoolEff) + " at " + Figures.integer(lastInPool.get().median().users())
                        + " users → " + Figures.ratio(topEff) + " at " + Figures.integer(topUsers);
                if (inPoolEff != null && topEff >= inPoolEff) {
                    return new TargetVerdict(target, Verdict.CONTRADICTED, numbers + ", but " + effNumbers
                            + " did not fall past the pool", topRps);
                }
                return new TargetVerdict(target, Verdict.CONFIRMED, numbers + "; " + effNumbers, topRps);
            }
            return new TargetVerdict(target, Verdict.CONFIRMED, numbers, topRps);
        }
        if (!style.waitsWithoutAThread()) {
            return new TargetVerdict(target, Verdict.NOT_APPLICABLE, "style unknown (no settings say how it waits): "
                    + Figures.rps(topRps) + " at " + Figures.integer(topUsers) + " users", topRps);
        }
        List<Measurement> pastPool = withRps.stream().filter(m -> m.median().users() > pool).toList();
        if (pastPool.isEmpty()) {
            return new TargetVerdict(target, Verdict.INCONCLUSIVE, "the ladder stopped at " + Figures.integer(topUsers)
                    + " users, never past " + pool + ": " + Figures.rps(topRps), topRps);
        }
        for (Measurement m : pastPool) {
            Double eff = efficiency(m, waitMs);
            if (eff != null && eff < KEEPS_UP_EFFICIENCY) {
                String numbers = "efficiency " + Figures.ratio(eff) + " at " + Figures.integer(m.median().users()) + " users ("
                        + Figures.rps(m.median().rps()) + " of an ideal " + Figures.rps(m.median().users() / (waitMs / 1000.0)) + ")";
                if (m.median().rps() > bound * (1 + BOUND_TOLERANCE)) {
                    // Not capped by threads: whatever stopped it, it was not the pool this lesson is about.
                    String cpu = m.median().serverCores() == null ? ""
                            : "; the server used " + Figures.num(m.median().serverCores()) + " core(s) of CPU";
                    return new TargetVerdict(target, Verdict.CONFIRMED, Figures.rps(m.median().rps()) + " at "
                            + Figures.integer(m.median().users()) + " users, " + Figures.times(m.median().rps() / bound)
                            + " the thread-per-request bound of " + Figures.rps(bound) + ": no thread cap. Its "
                            + numbers + " shows another limit" + cpu, topRps);
                }
                return new TargetVerdict(target, Verdict.CONTRADICTED, numbers
                        + ": it levelled off at the thread-per-request bound though it waits without a thread", topRps);
            }
        }
        Measurement last = pastPool.getLast();
        return new TargetVerdict(target, Verdict.CONFIRMED, "efficiency ≥ " + Figures.ratio(KEEPS_UP_EFFICIENCY) + " at every step past "
                + pool + " users: " + Figures.ratio(efficiency(last, waitMs)) + " at " + Figures.integer(last.median().users())
                + " users, " + Figures.rps(last.median().rps()) + " (" + Figures.times(last.median().rps() / bound)
                + " the thread-per-request bound)", topRps);
    }
}
