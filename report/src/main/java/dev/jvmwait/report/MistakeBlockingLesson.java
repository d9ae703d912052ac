package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lesson 4: a blocking call on the event loop makes every request wait, and the handler gets no faster. */
public final class MistakeBlockingLesson implements Lesson {

    /** Event loop styles: during the mistake, the probe's p99 is at least this share of the blocking wait. */
    static final double PROBE_HELD_SHARE_OF_WAIT = 0.5;
    /** Event loop styles: the probe's p99 during the mistake is at least this many times its p99 during the fix. */
    static final double PROBE_MUCH_WORSE = 3.0;
    /** Event loop styles: the mistake's rps is at most this factor × (event loops ÷ wait). */
    static final double LOOP_BOUND_TOLERANCE = 1.2;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        Optional<Integer> loops = capacity.eventLoops();
        List<String> rules = List.of(
                "Event loop styles (reactive, coroutines): during blocking-call the probe's p99 ≥ "
                        + PROBE_HELD_SHARE_OF_WAIT + " × the wait and ≥ " + PROBE_MUCH_WORSE + " × its p99 during"
                        + " non-blocking, and blocking-call rps ≤ " + LOOP_BOUND_TOLERANCE + " × event loops ÷ wait (event loops: "
                        + loops.map(String::valueOf).orElse("unknown") + ", " + capacity.eventLoopsSource()
                        + "). All met → confirmed; any missed → contradicted.",
                "Thread styles (blocking, virtual, quarkus-virtual): the blocking sleep holds only its own thread, so"
                        + " the probe's p99 during blocking-call stays < " + PROBE_HELD_SHARE_OF_WAIT + " × the wait → confirmed"
                        + " (the contrast); held up → contradicted, or inconclusive for a platform pool when the users"
                        + " outnumber its threads (then requests queue for a thread: lesson 1).");
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            Optional<Measurement> mistake = results.get(target, "mistake-blocking", "blocking-call");
            Optional<Measurement> fix = results.get(target, "mistake-blocking", "non-blocking");
            if (mistake.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no blocking-call step"));
                continue;
            }
            ResultRow m = mistake.get().median();
            ResultRow f = fix.map(Measurement::median).orElse(null);
            Style style = capacity.style(target);
            Double wait = m.delayMs();
            Double loopBound = style == Style.EVENT_LOOP && loops.isPresent() && wait != null && wait > 0
                    ? loops.get() / (wait / 1000.0) : null;
            rows.add(List.of(target, style.description(), Figures.integer(m.users()), Figures.ms(wait),
                    Figures.num(m.rps()), Figures.ms(m.p99Ms()), Figures.ms(m.probeP99Ms()),
                    f == null ? "–" : Figures.num(f.rps()), f == null ? "–" : Figures.ms(f.p99Ms()), f == null ? "–" : Figures.ms(f.probeP99Ms()),
                    loopBound == null ? "–" : Figures.rps(loopBound)));
            verdicts.add(verdict(target, style, m, f, wait, loopBound, capacity));
        }
        return new LessonResult(4, "Blocking the event loop makes every request wait",
                "An event loop runs one handler at a time on each of its few threads: a handler that sleeps on it"
                        + " stalls every request queued behind it, and marking the handler async does not make it any faster.",
                "`mistake-blocking`: users call /api/mistakes/blocking-call (a blocking sleep right in the handler) while"
                        + " a light probe measures how long any other request waits; then the same with the non-blocking"
                        + " /api/users/{id} (the fix).",
                "mistake-blocking", rules,
                new Table(List.of("target", "style", "users", "wait", "mistake rps", "mistake p99", "probe p99 (mistake)",
                        "fix rps", "fix p99", "probe p99 (fix)", "loops ÷ wait"), rows),
                verdicts, List.of()).withKey("probe p99 during the blocking call (ms)");
    }

    private TargetVerdict verdict(String target, Style style, ResultRow m, ResultRow f, Double wait, Double loopBound, Capacity capacity) {
        if (m.probeP99Ms() == null || wait == null || wait <= 0) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "the probe's p99 or the wait is missing");
        }
        String probe = "probe p99 " + Figures.ms(m.probeP99Ms()) + " during the mistake"
                + (f != null && f.probeP99Ms() != null ? " vs " + Figures.ms(f.probeP99Ms()) + " during the fix" : "");
        if (style == Style.EVENT_LOOP) {
            List<String> missed = new ArrayList<>();
            if (m.probeP99Ms() < PROBE_HELD_SHARE_OF_WAIT * wait) {
                missed.add("the probe was not held up (< " + PROBE_HELD_SHARE_OF_WAIT + " × the " + Figures.ms(wait) + " wait)");
            }
            if (f != null && f.probeP99Ms() != null && m.probeP99Ms() < PROBE_MUCH_WORSE * Math.max(f.probeP99Ms(), 1.0)) {
                missed.add("the probe was less than " + PROBE_MUCH_WORSE + " × slower than during the fix");
            }
            String rps = "";
            if (loopBound != null && m.rps() != null) {
                rps = "; " + Figures.rps(m.rps()) + " against loops ÷ wait = " + Figures.rps(loopBound);
                if (m.rps() > LOOP_BOUND_TOLERANCE * loopBound) {
                    missed.add("the mistake served more than " + LOOP_BOUND_TOLERANCE + " × loops ÷ wait");
                }
            }
            return missed.isEmpty()
                    ? new TargetVerdict(target, Verdict.CONFIRMED, probe + rps, m.probeP99Ms())
                    : new TargetVerdict(target, Verdict.CONTRADICTED, probe + rps + ": " + String.join("; ", missed), m.probeP99Ms());
        }
        if (style == Style.UNKNOWN) {
            return new TargetVerdict(target, Verdict.NOT_APPLICABLE, "style unknown: " + probe, m.probeP99Ms());
        }
        if (m.probeP99Ms() < PROBE_HELD_SHARE_OF_WAIT * wait) {
            return new TargetVerdict(target, Verdict.CONFIRMED, probe + ": each sleep holds only its own thread", m.probeP99Ms());
        }
        if (style == Style.PLATFORM_POOL && m.users() != null && m.users() >= capacity.platformPool()) {
            return new TargetVerdict(target, Verdict.INCONCLUSIVE, probe + ": held up, but " + Figures.integer(m.users())
                    + " users outnumber the " + capacity.platformPool() + " threads, so requests queue for a thread (lesson 1)",
                    m.probeP99Ms());
        }
        return new TargetVerdict(target, Verdict.CONTRADICTED, probe + ": the probe was held up (≥ "
                + PROBE_HELD_SHARE_OF_WAIT + " × the " + Figures.ms(wait) + " wait) though this style sleeps on its own threads",
                m.probeP99Ms());
    }
}
