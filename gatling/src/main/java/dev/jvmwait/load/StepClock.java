package dev.jvmwait.load;

import dev.jvmwait.results.WarmUpRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time line of one step and what it measured: its first user starts the clock; requests sent before the window
 * opens are {@code warmup} requests, those of the next {@code measure} {@code main} ones, later ones {@code drain};
 * every answer's response time is recorded under its request's name, which Gatling shows too:
 * {@code <scenario> <kind> <step>}, e.g. {@code io main 4}.
 *
 * <p>The window opens after the step's warm-up, and, for a closed step without the probe, not before the server's JIT
 * has been quiet for two seconds ({@link WarmUpRule#JIT_BUSY}): a step that sends a request the warm-up did not (a dashboard, a
 * fibonacci) makes C2 compile its path first, and a window open then would measure the compiler. A cap ends that
 * wait; the window then measures a cold server, and the row says so. A step that reads the server's live heap does so
 * before it starts ({@link Step#withMemoryBefore()}) or halfway through its window ({@link Step#withLiveHeap()}), off
 * Gatling's threads.
 */
final class StepClock {

    /** Watches the server's JIT before a window, and reads the heap in it: off Gatling's threads, which must not wait. */
    private static final ScheduledExecutorService LATER = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().daemon().name("step-clock-", 0).factory());
    private static final long JIT_TICK_MS = 250;
    /**
     * How long the server's JIT must have been quiet before a window opens: as long as the warm-up's steady rule asks
     * (2 windows of 1 s). One quiet second was not enough: C2 starts on a new path's methods after a second or two of
     * its traffic, and a window opened on the first quiet second measured it compiling.
     */
    private static final long QUIET_MS = WarmUpRule.QUIET_WINDOWS * WarmUpRule.WINDOW_MS;

    private final String scenario;
    private final Step step;
    private final long rampMs;
    private final long warmMs;
    private final long measureMs;
    private final SteadyState.JitClock serverJit;
    private final long jitWaitCapMs;
    private final AtomicLong start = new AtomicLong();
    private volatile long windowStartMs;
    private final Deque<long[]> jitReadings = new ArrayDeque<>();
    /** A settling step's warm-up: its answers per second and the server's JIT, one window a second ({@link Step#settling()}). */
    private final AtomicLong warmAnswers = new AtomicLong();
    private final List<SteadyState.Window> settleWindows = new ArrayList<>();
    private long settleFromMs;
    private long settleFromJitUs;
    /** The bound in force on the service during this step, as the service confirmed it; null if the step set none. */
    private volatile Integer boundSet;
    private ScheduledFuture<?> jitWatch;
    private final Map<String, RequestTimes> times = new ConcurrentHashMap<>();
    private volatile Boolean pastLimit;
    /** The names a request of this step goes by, made once: every request asks for one. */
    private final String warmupName;
    private final String mainName;
    private final String drainName;
    private final String probeName;
    private final String probeIdleName;
    /** A shutdown step's window opens with SIGTERM: its requests are named by when they were sent and answered. */
    private final boolean signals;
    private final String afterSignalName;
    private final String inFlightName;
    private final String answeredName;
    /** A shutdown step's users that have had their first answer: once all have, they send again together. */
    private final AtomicInteger answeredOnce = new AtomicInteger();
    /** The server, where this step reads its memory (before it starts, or halfway through its window); else null. */
    private final ServerMemory server;
    private volatile Double heapIdleMb;
    private volatile Double rssIdleMb;
    private volatile Double heapLiveMb;

    /**
     * {@code rampMs}: how long the step's users take to start; {@code warmMs}: the least warm-up before the window; {@code serverJit}, {@code jitWaitCapMs}: for a closed step,
     * how long at most the window waits on after it for the server's JIT to be quiet ({@link SteadyState.JitClock#NONE}
     * or 0: it does not wait).
     */
    StepClock(String scenario, Step step, long rampMs, long warmMs, long measureMs, SteadyState.JitClock serverJit,
              long jitWaitCapMs) {
        this.scenario = scenario;
        this.step = step;
        this.rampMs = rampMs;
        this.warmMs = warmMs;
        this.measureMs = measureMs;
        // A step with the probe does not wait: the probe's arrivals are set for the step's planned length, and Gatling
        // cannot stop an injection early. Its cold flag still guards its verdict.
        // Nor does a compiling step (Step#compiling): it keeps the JIT busy.
        boolean waits = step.users() != null && !step.probe() && !step.compiles() && jitWaitCapMs > 0 && serverJit.cpuUs() >= 0;
        this.serverJit = waits ? serverJit : SteadyState.JitClock.NONE;
        this.jitWaitCapMs = waits ? jitWaitCapMs : 0;
        this.server = step.memoryBefore() || step.liveHeap() ? ServerMemory.ofServer() : null;
        this.warmupName = StepRecord.requestName(scenario, "warmup", step.label());
        this.mainName = StepRecord.requestName(scenario, "main", step.label());
        this.drainName = StepRecord.requestName(scenario, "drain", step.label());
        this.probeName = StepRecord.requestName(scenario, "probe", step.label());
        this.probeIdleName = StepRecord.requestName(scenario, "probe idle", step.label());
        this.signals = scenario.equals(Scenario.SHUTDOWN.label());
        this.afterSignalName = StepRecord.requestName(scenario, "after", step.label());
        this.inFlightName = StepRecord.requestName(scenario, "inflight", step.label());
        this.answeredName = StepRecord.requestName(scenario, "answered", step.label());
    }

    /** Whether this step sorts its answers by {@link Outcome}: the past-capacity experiment's steps. */
    boolean sortsOutcomes() {
        return Scenario.named(scenario).pastCapacity();
    }

    String scenario() {
        return scenario;
    }

    Step step() {
        return step;
    }

    long rampMs() {
        return rampMs;
    }

    long warmMs() {
        return warmMs;
    }

    long measureMs() {
        return measureMs;
    }

    /** Starts the clock if this is the step's first user; whether it did. */
    boolean startOnce() {
        long now = System.currentTimeMillis();
        if (!start.compareAndSet(0, now)) {
            return false;
        }
        ServerJit.lend();
        if (signals) {
            return true; // its window opens once its users have been answered once each (answeredOnce)
        } else if (jitWaitCapMs == 0) {
            openWindow(now + warmMs);
        } else {
            jitWatch = LATER.scheduleAtFixedRate(this::watchJit, 0, JIT_TICK_MS, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    /** Every tick before the window opens: open it once the warm-up is over and the JIT was quiet over the last two seconds. */
    private synchronized void watchJit() {
        if (windowStartMs != 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long jitUs = serverJit.cpuUs();
        jitReadings.addLast(new long[] {now, jitUs});
        while (jitReadings.size() > 1 && jitReadings.peekFirst()[0] < now - QUIET_MS - JIT_TICK_MS) {
            jitReadings.removeFirst();
        }
        long[] quietSince = jitReadings.peekFirst();
        if (now < start.get() + warmMs) {
            return;
        }
        boolean capped = now >= start.get() + warmMs + jitWaitCapMs;
        boolean ready;
        if (step.settles()) {
            ready = settled(now, jitUs);
        } else {
            if (now - quietSince[0] < QUIET_MS - JIT_TICK_MS / 2) {
                return;
            }
            ready = jitUs < 0 || (jitUs - quietSince[1]) / 1000.0 / (now - quietSince[0]) / serverJit.cores() < WarmUpRule.JIT_BUSY;
        }
        if (ready || capped) {
            openWindow(now);
            jitWatch.cancel(false);
        }
    }

    /**
     * A settling step, each second after its warm-up: closes a window of its answers and the server's JIT, and whether the
     * last ones were steady by the warm-up's rule (the throughput no longer rising, the JIT quiet).
     */
    private boolean settled(long now, long jitUs) {
        if (settleFromMs == 0) {
            warmAnswers.set(0);
            settleFromMs = now;
            settleFromJitUs = jitUs;
            return false;
        }
        if (now - settleFromMs < WarmUpRule.WINDOW_MS) {
            return false;
        }
        long spanMs = now - settleFromMs;
        settleWindows.add(new SteadyState.Window(warmAnswers.getAndSet(0) * 1000.0 / spanMs,
                jitUs < 0 ? null : (jitUs - settleFromJitUs) / 1000.0 / spanMs / serverJit.cores(), null));
        settleFromMs = now;
        settleFromJitUs = jitUs;
        return SteadyState.steady(settleWindows, true);
    }

    /**
     * As the step's first user starts: makes the step's bound the service's, if the step has one (a few ms where it
     * changes; the steps that change it follow a calm one: the capacity's, the bounded 0.5x). One the service did not
     * take is recorded as {@link StepRecord#BOUND_NOT_SET}, and Measure writes no row for the run.
     */
    void setBound(String baseUrl) {
        if (step.bound() != null) {
            boundSet = ServerBound.ensure(baseUrl, step.bound()) ? step.bound() : StepRecord.BOUND_NOT_SET;
        }
    }

    private void openWindow(long atMs) {
        if (signals) {
            // Now rather than at atMs (the warm-up's end, still ahead): the users' requests name themselves by the window.
            LATER.schedule(() -> {
                windowStartMs = System.currentTimeMillis();
                ServerSignal.terminate();
            }, Math.max(0, atMs - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            return;
        }
        windowStartMs = atMs;
        if (!step.compiles()) {
            ServerJit.confineDuring(atMs, measureMs);
        }
        if (server != null && step.liveHeap()) {
            LATER.schedule(() -> {
                heapLiveMb = server.liveHeapMb();
            }, Math.max(0, atMs + measureMs / 2 - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether this step reads the server's memory before it starts. */
    boolean readsMemoryBefore() {
        return server != null && step.memoryBefore();
    }

    /** With nothing in flight, before the step starts: the server's live heap and resident memory. */
    void readIdleMemory() {
        if (readsMemoryBefore()) {
            heapIdleMb = server.liveHeapMb();
            rssIdleMb = server.rssMb();
        }
    }

    /** Whether this step's window opens with SIGTERM to the server: the shutdown's. */
    boolean signals() {
        return signals;
    }

    /**
     * A shutdown step's user had its first answer (or failure). When the last one has, the users send their next
     * request together, and SIGTERM is set for the warm-up after that ({@link StepPlan#warmMs}: half a wait), so that
     * every request in flight at SIGTERM was sent well before it and the next are sent well after.
     */
    void answeredOnce() {
        if (answeredOnce.incrementAndGet() == step.users()) {
            openWindow(System.currentTimeMillis() + warmMs);
        }
    }

    /** Whether every user of a shutdown step has had its first answer. */
    boolean everyUserAnsweredOnce() {
        return answeredOnce.get() >= step.users();
    }

    /** Whether the closed model's users should send another request: until the window, once open, ends. */
    boolean running() {
        long window = windowStartMs;
        return window == 0 || System.currentTimeMillis() < window + measureMs;
    }

    boolean measuring() {
        long window = windowStartMs;
        long now = System.currentTimeMillis();
        return window != 0 && now >= window && now < window + measureMs;
    }

    /** The name of a request sent now: only {@code main} requests are measured. */
    String requestName() {
        long window = windowStartMs;
        long now = System.currentTimeMillis();
        if (window == 0 || now < window) {
            return warmupName;
        }
        if (signals) {
            return afterSignalName;
        }
        return now < window + measureMs ? mainName : drainName;
    }

    /** The name of a probe request sent now: only those sent during the window count. */
    String probeName() {
        return measuring() ? probeName : probeIdleName;
    }

    /** One answer (or failure) of a request of this name. */
    void record(String requestName, long millis, boolean failed) {
        if (!failed && requestName.equals(warmupName)) {
            warmAnswers.incrementAndGet();
        }
        times.computeIfAbsent(requestName, name -> new RequestTimes()).record(millis, failed);
    }

    /**
     * One answer of a step that sorts them ({@link #sortsOutcomes}), under its name with the outcome's suffix (a success
     * under the name itself); in a shutdown step, a request sent before SIGTERM and answered after it is one that was in
     * flight at SIGTERM. Whether it was sent after SIGTERM.
     */
    boolean recordSorted(String requestName, long millis, Outcome outcome) {
        String name = signals && requestName.equals(warmupName) && windowStartMs != 0 ? inFlightName : requestName;
        String kind = StepRecord.kind(scenario, step.label(), name);
        record(StepRecord.requestName(scenario, kind + outcome.suffix(), step.label()), millis, outcome != Outcome.OK);
        long now = System.currentTimeMillis();
        long window = windowStartMs;
        if (outcome == Outcome.OK && window != 0 && now >= window && now < window + measureMs) {
            // Goodput: the successes answered in the window, whenever sent. Those sent in it may be answered seconds
            // later, when the server is past its capacity: counted by when they were sent, they would only echo the
            // offered rate.
            record(answeredName, millis, false);
        }
        return name.equals(afterSignalName);
    }

    /** What the requests of this name recorded so far. */
    Latencies latencies(String requestName) {
        RequestTimes recorded = times.get(requestName);
        return recorded == null ? Latencies.NONE : recorded.latencies();
    }

    /**
     * Whether a measured request failed or the measured p99 exceeded {@code limitMs}, or the step never ran: decided
     * once, when first asked, which the open ladder does when the next step starts, so once this one is over.
     */
    boolean pastLimit(double limitMs) {
        Boolean known = pastLimit;
        if (start.get() == 0) {
            return true; // skipped: the step before it was past the limit
        }
        if (known == null) {
            Latencies main = latencies(mainName);
            known = main.ko() > 0 || main.p99Ms() > limitMs;
            pastLimit = known;
        }
        return known;
    }

    /** The step as it ran, with every request name's response times; null if it never started. */
    StepRecord record() {
        long startMs = start.get();
        if (startMs == 0) {
            return null;
        }
        Map<String, Latencies> requests = new TreeMap<>();
        times.forEach((name, recorded) -> requests.put(name, recorded.latencies()));
        long window = windowStartMs == 0 ? startMs + warmMs : windowStartMs;
        return new StepRecord(scenario, step.label(), step.users(), step.rate(), step.delayMs(), step.n(), step.idealRps(),
                step.probe(), startMs, window, window + measureMs, requests, heapLiveMb, heapIdleMb, rssIdleMb, boundSet,
                step.compiles());
    }
}
