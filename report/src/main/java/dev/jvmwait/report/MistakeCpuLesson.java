package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lesson 5: CPU work on the event loop or a virtual thread's carrier starves other requests; offloading fixes it. */
public final class MistakeCpuLesson implements Lesson {

    /** Starved: the probe's p99 in-handler is at least this many times its p99 offloaded … */
    static final double STARVED_FACTOR = 3.0;
    /** … and at least this many milliseconds more. */
    static final double STARVED_EXTRA_MS = 50;

    @Override
    public LessonResult evaluate(ResultsDirectory run, Capacity capacity) {
        Results results = run.results();
        List<String> rules = List.of(
                "Event loop and virtual-thread styles (reactive, coroutines, virtual, quarkus-virtual): the probe's p99"
                        + " with the work in the handler ≥ " + STARVED_FACTOR + " × and ≥ " + Figures.num(STARVED_EXTRA_MS)
                        + " ms more than with it offloaded → confirmed; otherwise contradicted.",
                "blocking: not applicable: its platform threads are time-sliced by the OS, so CPU work in the handler"
                        + " cannot starve the others; its numbers are shown as the contrast.");
        List<List<String>> rows = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (String target : results.targets()) {
            Optional<Measurement> mistake = results.get(target, "mistake-cpu", "in-handler");
            Optional<Measurement> fix = results.get(target, "mistake-cpu", "offloaded");
            if (mistake.isEmpty() && fix.isEmpty()) {
                verdicts.add(new TargetVerdict(target, Verdict.NOT_MEASURED, "no mistake-cpu steps"));
                continue;
            }
            ResultRow m = mistake.map(Measurement::median).orElse(null);
            ResultRow f = fix.map(Measurement::median).orElse(null);
            Style style = capacity.style(target);
            ResultRow any = m != null ? m : f;
            rows.add(List.of(target, style.description(), Figures.integer(any.users()), Figures.integer(any.n()),
                    m == null ? "–" : Figures.num(m.rps()), m == null ? "–" : Figures.ms(m.p99Ms()), m == null ? "–" : Figures.ms(m.probeP99Ms()),
                    f == null ? "–" : Figures.num(f.rps()), f == null ? "–" : Figures.ms(f.p99Ms()), f == null ? "–" : Figures.ms(f.probeP99Ms())));
            verdicts.add(verdict(target, style, m, f));
        }
        return new LessonResult(5, "CPU work on the event loop, or on a carrier, starves the rest",
                "An event loop thread, or the carrier under a virtual thread, is not time-sliced: CPU work that runs"
                        + " there keeps every other request off it until it finishes; moved to a pool of platform threads, the others get through.",
                "`mistake-cpu`: users call /api/mistakes/cpu-in-handler/{n} (fibonacci right in the handler) while the"
                        + " probe runs; then /api/compute/fibonacci/{n} (offloaded where the style should run CPU work).",
                "mistake-cpu", rules,
                new Table(List.of("target", "style", "users", "n", "in-handler rps", "in-handler p99", "probe p99 (in-handler)",
                        "offloaded rps", "offloaded p99", "probe p99 (offloaded)"), rows),
                verdicts, List.of()).withKey("probe p99 in-handler minus offloaded (ms)");
    }

    private TargetVerdict verdict(String target, Style style, ResultRow m, ResultRow f) {
        if (m == null || f == null || m.probeP99Ms() == null || f.probeP99Ms() == null) {
            return new TargetVerdict(target, Verdict.NOT_MEASURED, "the probe's p99 was not measured for both steps");
        }
        double in = m.probeP99Ms();
        double off = f.probeP99Ms();
        String numbers = "probe p99 " + Figures.ms(in) + " in-handler vs " + Figures.ms(off) + " offloaded ("
                + Figures.times(in / Math.max(off, 0.001)) + ", " + Figures.ms(in - off) + " more)";
        boolean starved = in >= STARVED_FACTOR * off && in - off >= STARVED_EXTRA_MS;
        double gap = in - off;
        return switch (style) {
            case EVENT_LOOP, VIRTUAL_THREADS -> starved
                    ? new TargetVerdict(target, Verdict.CONFIRMED, numbers, gap)
                    : new TargetVerdict(target, Verdict.CONTRADICTED, numbers + ": the probe was not starved", gap);
            case PLATFORM_POOL -> new TargetVerdict(target, Verdict.NOT_APPLICABLE, numbers
                    + (starved ? ": starved even on time-sliced threads (odd: see the notes)" : ": time-sliced threads, no starvation"), gap);
            case UNKNOWN -> new TargetVerdict(target, Verdict.NOT_APPLICABLE, "style unknown: " + numbers, gap);
        };
    }
}
