package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Notes that explain numbers a reader would stop at: more than the ideal, errors, stray maxima, noisy repeats. */
public final class Caveats {

    static final double EFFICIENCY_ABOVE_IDEAL = 1.02;
    static final double STRAY_MAX_FACTOR = 10;
    static final double STRAY_MAX_MIN_MS = 500;
    static final double NOISY_SPREAD = 0.20;
    /** The scenarios whose failed requests are the measurement, not an odd number. */
    static final Set<String> MEASURES_FAILURES = Set.of(OverloadSeries.SCENARIO, Reliability.SHUTDOWN);

    private Caveats() {
    }

    public static List<String> explain(ResultsDirectory run, Capacity capacity) {
        List<String> notes = new ArrayList<>();
        Results results = run.results();
        double waitMs = IoLesson.waitMs(run);
        for (Measurement m : results.all()) {
            ResultRow r = m.median();
            String where = m.target() + " " + m.scenario() + " " + stepName(r);
            if (m.scenario().equals("io")) {
                Double eff = IoLesson.efficiency(m, waitMs);
                if (eff != null && eff > EFFICIENCY_ABOVE_IDEAL) {
                    notes.add(where + ": efficiency " + Figures.ratio(eff) + " is above 1, more than users ÷ wait allows."
                            + " Throughput counts the responses that completed inside the step's window, and up to one per"
                            + " user belongs to a request that started before it opened; on a short step that adds a few percent.");
                }
            }
            // Past capacity and at SIGTERM failures are what is measured: lesson 8 and the reliability table state them by kind.
            if (r.ko() != null && r.ko() > 0 && !MEASURES_FAILURES.contains(m.scenario())) {
                notes.add(where + ": " + Figures.integer(r.ko()) + " of " + Figures.integer(r.requests())
                        + " requests failed (ko); the Gatling report of that run lists the errors, often timeouts or refused"
                        + " connections once the server is saturated.");
            }
            if (r.maxMs() != null && r.p99Ms() != null && r.maxMs() > STRAY_MAX_MIN_MS
                    && r.maxMs() > STRAY_MAX_FACTOR * r.p99Ms()) {
                notes.add(where + ": max " + Figures.ms(r.maxMs()) + " against p99 " + Figures.ms(r.p99Ms())
                        + ": fewer than 1 % of the requests hit a pause (GC, JIT compilation, connection set-up);"
                        + " read the percentiles, not the max.");
            }
            if (m.repeats() > 1 && m.rps() != null && r.rps() != null && m.rps().relativeTo(r.rps()) > NOISY_SPREAD) {
                notes.add(where + ": over " + m.repeats() + " repeats rps ranged " + Figures.num(m.rps().low()) + "–"
                        + Figures.num(m.rps().high()) + " around a median of " + Figures.num(r.rps())
                        + ": a noisy step; the machine was probably shared.");
            }
        }
        for (String target : results.targets()) {
            if (capacity.style(target) != Style.PLATFORM_POOL) {
                continue;
            }
            Optional<Measurement> inHandler = results.get(target, "mistake-cpu", "in-handler");
            Optional<Measurement> offloaded = results.get(target, "mistake-cpu", "offloaded");
            if (inHandler.isPresent() && offloaded.isPresent()) {
                Double in = inHandler.get().median().probeP99Ms();
                Double off = offloaded.get().median().probeP99Ms();
                if (in != null && off != null && in >= MistakeCpuLesson.STARVED_FACTOR * off
                        && in - off >= MistakeCpuLesson.STARVED_EXTRA_MS) {
                    notes.add(target + " mistake-cpu: the probe waited " + Figures.ms(in) + " in-handler against " + Figures.ms(off)
                            + " offloaded though platform threads are time-sliced: with more busy threads than cores each"
                            + " request, the probe too, gets a smaller slice of the CPU.");
                }
            }
        }
        return notes;
    }

    static String stepName(ResultRow r) {
        if (r.users() != null && r.stepOrder() != Integer.MAX_VALUE) {
            return "(" + Figures.integer(r.users()) + " users)";
        }
        if (r.rate() != null && r.stepOrder() != Integer.MAX_VALUE) {
            return "(" + Figures.num(r.rate()) + " req/s offered)";
        }
        return r.step();
    }
}
