package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lesson 2: concurrent waits overlap, so three lookups take as long as the longest, not the sum. */
public final class FanoutLesson implements Lesson {

    /** Concurrent fan-out: median latency below this many waits. */
    static final double CONCURRENT_MAX_WAITS = 1.5;
    /** Sequential fan-out: median latency at least this many waits (three lookups in a row). */
    static final double SEQUENTIAL_MIN_WAITS = 2.5;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        List<String> rules = List.of(
                "Every target: concurrent p50 < " + CONCURRENT_MAX_WAITS + " × wait and sequential p50 ≥ "
                        + SEQUENTIAL_MIN_WAITS + " × wait → confirmed; either one missed → contradicted, with the numbers.");
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String target : results.targets()) {
            Optional<Measurement> concurrent = results.get(target, "fanout", "concurrent");
            Optional<Measurement> sequential = results.get(target, "fanout", "sequential");
            if (concurrent.isEmpty() && sequential.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no fanout steps"));
                continue;
            }
            ResultRow c = concurrent.map(Measurement::median).orElse(null);
            ResultRow s = sequential.map(Measurement::median).orElse(null);
            Double wait = c != null && c.delayMs() != null ? c.delayMs() : s != null ? s.delayMs() : null;
            rows.add(List.of(target, Figures.ms(wait), c == null ? "–" : Figures.integer(c.users()),
                    c == null ? "–" : Figures.ms(c.p50Ms()), c == null ? "–" : Figures.ms(c.p99Ms()), c == null ? "–" : Figures.num(c.rps()),
                    s == null ? "–" : Figures.ms(s.p50Ms()), s == null ? "–" : Figures.ms(s.p99Ms()), s == null ? "–" : Figures.num(s.rps()),
                    c != null && s != null && c.p50Ms() != null && s.p50Ms() != null && c.p50Ms() > 0
                            ? Figures.times(s.p50Ms() / c.p50Ms()) : "–"));
            verdicts.add(verdict(target, c, s, wait));
            if (capacity.style(target) == Style.PLATFORM_POOL && c != null && c.users() != null && c.users() > capacity.platformPool()) {
                notes.add(target + " ran fanout with " + Figures.integer(c.users()) + " users and " + capacity.platformPool()
                        + " request threads: part of its latency is queueing for a thread (lesson 1), not the waits.");
            }
        }
        return new LessonResult(2, "Concurrent waits overlap",
                "When a request makes three independent lookups at once, it waits about as long as the longest of"
                        + " them; made one after the other, it waits for their sum.",
                "`fanout`: the same users call /api/users/{id}/dashboard, once with mode=concurrent and once with"
                        + " mode=sequential (three lookups of one wait each).",
                "fanout", rules,
                new Table(List.of("target", "wait", "users", "concurrent p50", "concurrent p99", "concurrent rps",
                        "sequential p50", "sequential p99", "sequential rps", "sequential ÷ concurrent (p50)"), rows),
                verdicts, notes).withKey("sequential ÷ concurrent p50");
    }

    private TargetVerdict verdict(String target, ResultRow c, ResultRow s, Double wait) {
        if (c == null || s == null || c.p50Ms() == null || s.p50Ms() == null) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "only one of the two modes was measured");
        }
        if (wait == null || wait <= 0) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "the wait (delay_ms) is missing");
        }
        double cw = c.p50Ms() / wait;
        double sw = s.p50Ms() / wait;
        String numbers = "concurrent p50 " + Figures.ms(c.p50Ms()) + " (" + Figures.times(cw) + " the wait), sequential p50 "
                + Figures.ms(s.p50Ms()) + " (" + Figures.times(sw) + ")";
        List<String> missed = new ArrayList<>();
        if (cw >= CONCURRENT_MAX_WAITS) {
            missed.add("concurrent is not < " + CONCURRENT_MAX_WAITS + " × wait: the waits did not overlap");
        }
        if (sw < SEQUENTIAL_MIN_WAITS) {
            missed.add("sequential is not ≥ " + SEQUENTIAL_MIN_WAITS + " × wait: the waits were not added up");
        }
        double key = s.p50Ms() / Math.max(c.p50Ms(), 1);
        return missed.isEmpty()
                ? new TargetVerdict(target, Verdict.CONFIRMED, numbers, key)
                : new TargetVerdict(target, Verdict.CONTRADICTED, numbers + "; " + String.join("; ", missed), key);
    }
}
