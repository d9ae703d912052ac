package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lesson 6: what one request costs each style, apart from how it waits: CPU per request at the same moderate rate,
 * what that makes per server core, and the memory and threads a thousand requests in flight hold; with published
 * figures of comparable measurements beside ours.
 */
public final class CostLesson implements Lesson {

    /** The stacks' costs (CPU µs per request, each its cheapest target's: {@link #floors}) at least this factor apart. */
    static final double STACKS_APART = 1.5;
    /** A style that holds no thread while a request waits runs fewer threads than this share of the requests in flight. */
    static final double THREADS_PER_WAITING_REQUEST = 0.1;

    /**
     * A published measurement to set ours beside: where, who, when and how, and for each of our targets the comparable
     * variant's CPU µs per request, derived as the source's vCPUs × 10⁶ ÷ its throughput (none of them publishes CPU
     * time per request: the derivation assumes its CPUs were fully used, as it says they were).
     */
    record Published(String source, String conditions, Map<String, Double> usPerRequest) {
    }

    static final List<Published> PUBLISHED = List.of(
            new Published("George-C-Odes/Observability-Benchmarking, README \"Results\", run of 09/02/2026"
                    + " (github.com/George-C-Odes/Observability-Benchmarking, commit ecb249e)",
                    "4 vCPU Docker CPU quota per service on an i9-14900HX laptop (WSL2), Temurin 25.0.2, Spring Boot 4.0.2,"
                            + " Quarkus 3.31.3, G1 with 384 MiB heap; GET returning a cached value (no I/O); wrk2 at 200"
                            + " connections, rate above capacity; throughput rounded to the nearest 1k rps (32k, 29k, 104k, 90k),"
                            + " each service instrumented with OpenTelemetry",
                    Map.of("blocking", 125.0, "virtual", 137.9, "reactive", 38.5, "quarkus-virtual", 44.4)),
            new Published("quarkusio/spring-quarkus-perf-comparison, results-latest-tuned.json of 2026-02-16 (the Quarkus"
                    + " team's perf lab; copy read in holly-cummins/benchmarks, commit 7882f9e)",
                    "4 pinned cores of a Xeon Gold 5218, RHEL 9.6, Temurin 25.0.2, Spring Boot 4.0.2, Quarkus 3.31.3, 512 MiB"
                            + " heap; REST + Hibernate ORM over PostgreSQL (two queries a request), CPU-bound by design;"
                            + " 7,093 / 12,890 / 19,095 / 25,364 tps for Spring MVC, Spring on virtual threads, Quarkus on"
                            + " workers, Quarkus on virtual threads (no Mutiny variant)",
                    Map.of("blocking", 564.0, "virtual", 310.0, "quarkus-virtual", 158.0)));

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        List<String> rules = List.of(
                "CPU µs per request: the zero-delay step's server CPU time in the window, less its JIT compilers', ÷ requests."
                        + " A stack's cost is its cheapest target's: a shared host that slows the server's core only ever adds"
                        + " CPU time to a request, never takes any away, and the targets are measured minutes apart: the lowest"
                        + " reading is the least disturbed (a median lets two slowed targets of three decide).",
                "Every target: the two stacks' costs are at least " + Figures.times(STACKS_APART) + " apart (the stack sets"
                        + " most of what a request costs, whichever way it waits); and, with 1,000 requests in flight, a"
                        + " thread-per-request target runs at least as many threads as its pool (each request in its handler"
                        + " holds one), every other target fewer than " + Figures.pct(THREADS_PER_WAITING_REQUEST) + " of the"
                        + " requests in flight (a waiting request holds no thread). Both met → confirmed; either missed →"
                        + " contradicted. One stack only in the run: inconclusive.",
                "The requests per second per server core are 1,000,000 ÷ CPU µs per request: what one fully busy core would"
                        + " serve at this cost. An estimate, not a saturation test: on two cores the load generator cannot"
                        + " saturate the fastest servers without being the limit itself, and CPU per request falls as load"
                        + " rises (more requests per wake-up), so a saturated server would do somewhat better.");
        Map<String, Double> cost = new LinkedHashMap<>();
        for (String target : results.targets()) {
            results.get(target, "cost", "zero-delay").map(m -> servingUs(m.median())).ifPresent(us -> cost.put(target, us));
        }
        Map<String, Map.Entry<String, Double>> stackFloor = floors(cost, capacity);
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            Optional<ResultRow> zero = results.get(target, "cost", "zero-delay").map(Measurement::median);
            Optional<ResultRow> inFlight = results.get(target, "cost", "in-flight").map(Measurement::median);
            if (zero.isEmpty() && inFlight.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no cost steps"));
                continue;
            }
            Double us = zero.map(CostLesson::servingUs).orElse(null);
            Double heapIdle = zero.map(ResultRow::heapIdleMb).orElse(null);
            Double rssIdle = zero.map(ResultRow::rssIdleMb).orElse(null);
            rows.add(List.of(target, capacity.stack(target), capacity.style(target).description(), Figures.num(us),
                    us == null || us <= 0 ? "–" : Figures.num(1_000_000 / us),
                    inFlight.map(r -> Figures.num(heapIdle) + " → " + Figures.num(r.heapLiveMb())).orElse("–"),
                    inFlight.map(r -> Figures.num(perThousand(r, heapIdle, r.heapLiveMb()))).orElse("–"),
                    inFlight.map(r -> Figures.num(rssIdle) + " → " + Figures.num(r.rssPeakMb())).orElse("–"),
                    inFlight.map(r -> Figures.integer(r.threadsPeak())).orElse("–"),
                    published(0, target), published(1, target)));
            verdicts.add(verdict(target, us, inFlight.orElse(null), capacity, stackFloor));
        }
        ResultRow any = results.targets().stream().flatMap(t -> results.steps(t, "cost").stream()).map(Measurement::median)
                .findFirst().orElse(null);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < PUBLISHED.size(); i++) {
            notes.add("Published [" + (i + 1) + "]: " + PUBLISHED.get(i).source() + ". " + PUBLISHED.get(i).conditions() + ".");
        }
        notes.add("Published figures are CPU µs per request derived as vCPUs × 1,000,000 ÷ throughput at saturation; ours are"
                + " measured CPU time ÷ requests at a moderate rate on one core. Read them for the ratios between stacks and"
                + " styles, not for the absolute numbers: the hardware, the work a request does and the load differ.");
        return new LessonResult(6, "What one request costs",
                "A request costs CPU apart from its wait: parsing, routing, JSON, handing it between threads. The stack"
                        + " (Spring MVC on Tomcat, Quarkus REST on Vert.x) sets most of that, whichever way the request waits."
                        + " How it waits decides what a waiting request holds: a platform thread for each request in a"
                        + " thread-per-request handler; a virtual thread's stack on the heap, or a callback, and a few dozen"
                        + " threads for a thousand requests in flight.",
                "`cost`: for every target, the same rate (" + (any == null ? "–" : Figures.num(zeroDelayRate(results)))
                        + " a second) of requests that do not wait (`zero-delay`: 20 users pacing their requests evenly; the server's CPU"
                        + " time over the window ÷ requests; before it, a full GC gives it a clean heap and the live heap with"
                        + " nothing in flight), then 1,000 users each waiting on one lookup (`in-flight`: the live heap after a"
                        + " full GC halfway through, the resident memory and the threads).",
                "cost", rules,
                new Table(List.of("target", "stack", "style", "CPU µs/request", "requests/s per core (est.)",
                        "live heap MB: idle → 1,000 in flight", "heap MB per 1,000 in flight", "RSS MB: idle → in flight",
                        "threads in flight", "published [1] µs/request", "published [2] µs/request"), rows),
                verdicts, notes).withKey("CPU µs per request");
    }

    /**
     * The server's CPU per request spent serving it: cpu_us_per_req less the part its JIT compilers took in the window
     * (server_jit_share of server_cpu_share), where both were recorded; a late compile is not what a request costs.
     */
    static Double servingUs(ResultRow r) {
        if (r.cpuUsPerReq() == null) {
            return null;
        }
        if (r.serverJitShare() == null || r.serverCpuShare() == null || r.serverCpuShare() <= 0) {
            return r.cpuUsPerReq();
        }
        return r.cpuUsPerReq() * Math.max(0, 1 - r.serverJitShare() / r.serverCpuShare());
    }

    private static Double zeroDelayRate(Results results) {
        return results.targets().stream().flatMap(t -> results.get(t, "cost", "zero-delay").stream())
                .map(m -> m.median().rate()).filter(r -> r != null).findFirst().orElse(null);
    }

    /** The heap a thousand requests in flight hold: halfway through the in-flight step, less before the cost steps. */
    static Double perThousand(ResultRow inFlight, Double idle, Double live) {
        return idle == null || live == null || inFlight.users() == null || inFlight.users() <= 0 ? null
                : (live - idle) / (inFlight.users() / 1000.0);
    }

    private static String published(int source, String target) {
        Double us = PUBLISHED.get(source).usPerRequest().get(target);
        return us == null ? "–" : Figures.num(us);
    }

    /** Each stack's cheapest target and its CPU µs per request, in the order the targets ran. */
    static Map<String, Map.Entry<String, Double>> floors(Map<String, Double> cost, Capacity capacity) {
        Map<String, Map.Entry<String, Double>> floors = new LinkedHashMap<>();
        cost.forEach((target, us) -> floors.merge(capacity.stack(target), Map.entry(target, us),
                (kept, next) -> next.getValue() < kept.getValue() ? next : kept));
        return floors;
    }

    private TargetVerdict verdict(String target, Double us, ResultRow inFlight, Capacity capacity,
            Map<String, Map.Entry<String, Double>> stackFloor) {
        if (us == null) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "the zero-delay step's CPU was not measured");
        }
        String stack = capacity.stack(target);
        Map.Entry<String, Double> own = stackFloor.get(stack);
        StringBuilder numbers = new StringBuilder(Figures.num(us) + " µs a request; " + stack + "'s " + floor(own));
        Optional<Map.Entry<String, Map.Entry<String, Double>>> other = stackFloor.entrySet().stream()
                .filter(e -> !e.getKey().equals(stack)).findFirst();
        if (other.isEmpty()) {
            return new TargetVerdict(target, Verdict.INCONCLUSIVE, numbers + "; no other stack in this run to compare with", us);
        }
        List<String> missed = new ArrayList<>();
        double mine = own.getValue();
        double theirs = other.get().getValue().getValue();
        double apart = Math.max(mine, theirs) / Math.min(mine, theirs);
        numbers.append(", ").append(other.get().getKey()).append("'s ").append(floor(other.get().getValue()))
                .append(": ").append(Figures.times(apart)).append(" apart");
        if (apart < STACKS_APART) {
            missed.add("the stacks are less than " + Figures.times(STACKS_APART) + " apart");
        }
        if (inFlight != null && inFlight.threadsPeak() != null && inFlight.users() != null) {
            double threads = inFlight.threadsPeak();
            numbers.append("; ").append(Figures.integer(threads)).append(" threads with ").append(Figures.integer(inFlight.users()))
                    .append(" requests in flight");
            if (capacity.style(target) == Style.PLATFORM_POOL && threads < capacity.platformPool()) {
                missed.add("fewer threads than its pool of " + capacity.platformPool() + ": requests in its handler did not hold one each");
            } else if (capacity.style(target).waitsWithoutAThread() && threads >= THREADS_PER_WAITING_REQUEST * inFlight.users()) {
                missed.add("as many threads as a tenth of the requests in flight: waiting requests held threads");
            }
        }
        return missed.isEmpty()
                ? new TargetVerdict(target, Verdict.CONFIRMED, numbers.toString(), us)
                : new TargetVerdict(target, Verdict.CONTRADICTED, numbers + ": " + String.join("; ", missed), us);
    }

    /** {@code 43 µs (reactive)}: a stack's cost and the target it is. */
    private static String floor(Map.Entry<String, Double> cheapest) {
        return Figures.num(cheapest.getValue()) + " µs (" + cheapest.getKey() + ")";
    }

    /** Only the zero-delay step decides: the in-flight step measures memory, its CPU includes a full GC. */
    @Override
    public List<Measurement> decidingSteps(ResultsDirectory run, Capacity capacity, String target, String scenario) {
        return run.results().get(target, scenario, "zero-delay").stream().toList();
    }
}
