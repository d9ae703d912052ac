package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Lesson 7: a connection pool caps throughput like a thread pool. Over a real backend each lookup holds a pooled
 * connection for its wait, so once the users outnumber the pool, pool ÷ wait is the ceiling whatever the style; raise
 * the pool and the styles that no thread pool caps follow it up.
 */
public final class PoolLesson implements Lesson {

    /** Past the pool, rps within this share of its bound. */
    static final double BOUND_TOLERANCE = 0.15;

    /** One target's pass over one backend with one pool: its steps, the pool's size and whether it was the default. */
    private record Pass(List<Measurement> steps) {

        Optional<Double> pool() {
            return steps.stream().map(m -> m.median().pool()).filter(p -> p != null).findFirst();
        }

        Measurement top() {
            return steps.getLast();
        }
    }

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        int threads = capacity.platformPool();
        List<String> rules = List.of(
                "Each target, over each backend, with each framework's default pools: at every step whose users are at"
                        + " least the pool, rps is within ±" + Figures.pct(BOUND_TOLERANCE) + " of the bound pool ÷ wait"
                        + " (the query's pg_sleep or the upstream's delay; the query's own time adds well under 1%), or of"
                        + " threads ÷ wait where a thread pool is smaller (thread per request: " + threads + " threads,"
                        + " " + capacity.platformPoolSource() + ").",
                "With the pools raised (DB_POOL_SIZE, HTTP_POOL_SIZE): at the top step rps is within ±"
                        + Figures.pct(BOUND_TOLERANCE) + " of min(users, pool, threads) ÷ wait, and, where that bound is"
                        + " higher than the default pool's, more than " + Figures.pct(BOUND_TOLERANCE) + " above what the"
                        + " default pool served at the same step: the ceiling moved with the pool. Both hold over every"
                        + " backend measured → confirmed; either missed → contradicted.",
                "A raised pool's top step that measured the machine (its load generator's side, or its server, that busy)"
                        + " still counts where its bound is users ÷ wait (a pool and threads at least as many as the users)"
                        + " and it served at least " + Figures.pct(1 - BOUND_TOLERANCE) + " of it: its users can ask no"
                        + " more than that, and a busy machine can only have held the rps lower, so it met the rule on the"
                        + " side the machine cannot reach.",
                "A step that fell short of its bound while the server's JIT took " + Figures.pct(WarmUpRule.COLD) + " of"
                        + " its core or more in the window decides nothing: that much of the core was the compiler's.");
        TreeSet<Double> users = new TreeSet<>();
        List<String> backends = results.backends("pool");
        results.targets().forEach(t -> results.steps(t, "pool").forEach(m -> {
            if (m.median().users() != null) {
                users.add(m.median().users());
            }
        }));
        List<String> headers = new ArrayList<>(List.of("target", "backend", "default pool"));
        users.forEach(u -> headers.add(Figures.users(u) + ": rps"));
        headers.addAll(List.of("bound at the top", "raised pool", "rps at the top", "bound at the top"));
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            int targetThreads = capacity.style(target) == Style.PLATFORM_POOL ? threads : Integer.MAX_VALUE;
            List<String> evidence = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            Double key = null;
            for (String backend : backends) {
                Map<Boolean, Pass> passes = passes(results, target, backend);
                Pass fixed = passes.get(true);
                Pass raised = passes.get(false);
                if (fixed == null && raised == null) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(target, backend));
                cells(row, fixed, users);
                row.add(fixed == null ? "–" : Figures.rps(fixed.pool().map(p -> bound(fixed.top().median().users(), p,
                        targetThreads, fixed.top())).orElse(null)));
                row.add(raised == null ? "–" : raised.pool().map(p -> Figures.integer(p)).orElse("?"));
                row.add(raised == null ? "–" : Figures.num(raised.top().median().rps()) + " at "
                        + Figures.users(raised.top().median().users()));
                row.add(raised == null ? "–" : Figures.rps(raised.pool().map(p -> bound(raised.top().median().users(), p,
                        targetThreads, raised.top())).orElse(null)));
                rows.add(row);
                if (key == null && fixed != null) {
                    key = fixed.top().median().rps();
                }
                judge(backend, fixed, raised, targetThreads, evidence, missed, incomplete);
            }
            if (evidence.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no pool steps over a real backend"));
            } else if (!missed.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.CONTRADICTED, String.join("; ", evidence) + ": "
                        + String.join("; ", missed), key));
            } else if (!incomplete.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.INCONCLUSIVE, String.join("; ", evidence) + "; but "
                        + String.join("; ", incomplete), key));
            } else {
                verdicts.add(new TargetVerdict(target, Verdict.CONFIRMED, String.join("; ", evidence), key));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Each backend ran on the load generator's core(s), its CPU recorded per step (results.csv's"
                + " backend_cpu_share, counted on the load generator's side of the machine-bound rule). The pools' sizes are"
                + " the services' own report of them (/internal/settings), their defaults' sources in docs/HARNESS.md.");
        return new LessonResult(7, "A connection pool caps throughput like a thread pool",
                "Over a real database or service every lookup holds a pooled connection while it waits, so pool ÷ wait is"
                        + " the ceiling whatever the style: virtual threads and event loops do not raise it; the pool does.",
                "`pool`: the io ladder over PostgreSQL (each query waits " + waitText(results) + " in pg_sleep, holding its"
                        + " connection) and over the HTTP upstream (answering after the same wait), every target started once"
                        + " with its framework's default pools and once with every pool raised (the top step only: below it the"
                        + " users, not the pool, bound every target).",
                "pool", rules, new Table(headers, rows), verdicts, notes).withKey("rps at the top step, default pools");
    }

    /** The pool steps' wait, as the experiment states it. */
    private static String waitText(Results results) {
        return results.targets().stream().flatMap(t -> results.steps(t, "pool").stream()).map(m -> m.median().delayMs())
                .filter(w -> w != null).findFirst().map(Figures::ms).orElse("a wait");
    }

    /** A target's two passes over a backend: {@code true} → the default pools, {@code false} → raised. */
    private static Map<Boolean, Pass> passes(Results results, String target, String backend) {
        Map<Boolean, Pass> passes = new LinkedHashMap<>();
        for (String pass : results.passes("pool", backend)) {
            List<Measurement> steps = results.steps(target, "pool", pass).stream()
                    .filter(m -> m.median().users() != null && m.median().rps() != null).toList();
            if (!steps.isEmpty()) {
                passes.put(results.defaultPools(pass), new Pass(steps));
            }
        }
        return passes;
    }

    private static void cells(List<String> row, Pass pass, TreeSet<Double> users) {
        row.add(pass == null ? "–" : pass.pool().map(p -> Figures.integer(p)).orElse("?"));
        for (Double u : users) {
            row.add(pass == null ? "–" : pass.steps().stream().filter(m -> u.equals(m.median().users())).findFirst()
                    .map(m -> Figures.num(m.median().rps())).orElse("–"));
        }
    }

    /** min(users, pool, threads) ÷ the step's wait, in requests a second. */
    static Double bound(double users, double pool, int threads, Measurement step) {
        Double waitMs = step.median().delayMs();
        if (waitMs == null || waitMs <= 0) {
            return null;
        }
        return Math.min(users, Math.min(pool, threads)) / (waitMs / 1000.0);
    }

    private static void judge(String backend, Pass fixed, Pass raised, int threads, List<String> evidence, List<String> missed,
                              List<String> incomplete) {
        StringBuilder said = new StringBuilder(backend + ":");
        Double fixedBound = null;
        if (fixed != null) {
            Optional<Double> pool = fixed.pool();
            if (pool.isEmpty()) {
                missed.add(backend + ": the service did not report its pool's size");
            } else {
                said.append(" default pool ").append(Figures.integer(pool.get())).append(" → ");
                List<String> levels = new ArrayList<>();
                for (Measurement m : fixed.steps()) {
                    levels.add(Figures.rps(m.median().rps()) + " at " + Figures.users(m.median().users()));
                    if (m.median().users() >= pool.get()) {
                        Double bound = bound(pool.get(), pool.get(), threads, m);
                        if (bound != null && !within(m.median().rps(), bound)) {
                            miss(backend + ", default pool: " + Figures.rps(m.median().rps()) + " at "
                                    + Figures.users(m.median().users()), m, bound, missed, incomplete);
                        }
                    }
                }
                said.append(String.join(", ", levels));
                fixedBound = bound(fixed.top().median().users(), pool.get(), threads, fixed.top());
                said.append(" (bound ").append(Figures.rps(fixedBound)).append(")");
            }
        }
        if (raised != null) {
            Optional<Double> pool = raised.pool();
            Measurement top = raised.top();
            if (pool.isEmpty()) {
                missed.add(backend + ": the service did not report its raised pool's size");
            } else {
                Double bound = bound(top.median().users(), pool.get(), threads, top);
                said.append("; pool ").append(Figures.integer(pool.get())).append(" → ").append(Figures.rps(top.median().rps()))
                        .append(" at ").append(Figures.users(top.median().users())).append(" (bound ").append(Figures.rps(bound))
                        .append(")");
                if (bound != null && !within(top.median().rps(), bound)) {
                    miss(backend + ", pool " + Figures.integer(pool.get()) + ": " + Figures.rps(top.median().rps()), top, bound,
                            missed, incomplete);
                }
                Optional<Measurement> same = fixed == null ? Optional.empty() : fixed.steps().stream()
                        .filter(m -> m.median().users().equals(top.median().users())).findFirst();
                if (bound != null && fixedBound != null && bound > fixedBound * (1 + BOUND_TOLERANCE) && same.isPresent()) {
                    double before = same.get().median().rps();
                    said.append(", ").append(Figures.times(top.median().rps() / before)).append(" the default pool's");
                    if (top.median().rps() <= before * (1 + BOUND_TOLERANCE)) {
                        missed.add(backend + ": raising the pool to " + Figures.integer(pool.get()) + " did not raise the ceiling ("
                                + Figures.rps(before) + " → " + Figures.rps(top.median().rps()) + ")");
                    }
                }
            }
        }
        if (fixed == null || raised == null) {
            incomplete.add(backend + " was measured with " + (fixed == null ? "raised pools only" : "default pools only")
                    + ", and the lesson compares both");
        }
        evidence.add(said.toString());
    }

    /**
     * A step outside its bound: a miss; or, short of it while the server's JIT took {@link WarmUpRule#COLD} of its core
     * or more ({@link ResultRow#serverCompiling}), the compiler's as much as the style's, so it decides nothing. (On
     * 2026-12-02 {@code virtual}'s raised PostgreSQL step served 314 of the 400 rps its users could ask, its JIT at 35%
     * of the core, where the other four targets' served 325-380.) Above its bound a compiler cannot have put it.
     */
    private static void miss(String said, Measurement step, double bound, List<String> missed, List<String> incomplete) {
        ResultRow r = step.median();
        String outside = said + " is not within ±" + Figures.pct(BOUND_TOLERANCE) + " of " + Figures.rps(bound);
        if (r.rps() != null && r.rps() < bound && r.serverCompiling()) {
            incomplete.add(outside + ", short of it while " + StepValidity.compilerTook(r));
        } else {
            missed.add(outside);
        }
    }

    private static boolean within(Double rps, double bound) {
        return rps != null && Math.abs(rps - bound) <= BOUND_TOLERANCE * bound;
    }

    /**
     * A raised pool's top step whose users, not its pool or threads, set its bound, and which served within
     * {@link #BOUND_TOLERANCE} of it: the most its users can ask in a closed model, where a machine that was the limit
     * could only have held it lower.
     */
    @Override
    public Optional<String> countsDespite(Capacity capacity, Measurement step) {
        ResultRow r = step.median();
        if (!"pool".equals(step.scenario()) || !Boolean.FALSE.equals(r.poolDefault()) || r.pool() == null || r.users() == null
                || r.rps() == null) {
            return Optional.empty();
        }
        int threads = capacity.style(step.target()) == Style.PLATFORM_POOL ? capacity.platformPool() : Integer.MAX_VALUE;
        Double most = bound(r.users(), r.pool(), threads, step);
        if (most == null || r.users() > r.pool() || r.users() > threads || r.rps() < (1 - BOUND_TOLERANCE) * most) {
            return Optional.empty();
        }
        return Optional.of(Figures.rps(r.rps()) + " is " + Figures.pct(r.rps() / most) + " of users ÷ wait = "
                + Figures.rps(most) + ", the most its users can ask; a busy machine could only have held it lower");
    }

    /** The steps a verdict rests on: with the default pools those whose users fill the pool, with raised pools the top. */
    @Override
    public List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        List<Measurement> deciding = new ArrayList<>();
        for (String pass : run.results().passes(scenario)) {
            List<Measurement> steps = run.results().steps(target, scenario, pass).stream()
                    .filter(m -> m.median().users() != null).toList();
            if (steps.isEmpty()) {
                continue;
            }
            if (!run.results().defaultPools(pass)) {
                deciding.add(steps.getLast());
            } else {
                steps.stream().filter(m -> m.median().pool() != null && m.median().users() >= m.median().pool())
                        .forEach(deciding::add);
            }
        }
        return deciding;
    }
}
