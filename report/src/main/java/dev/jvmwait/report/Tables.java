package dev.jvmwait.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tables both writers show besides the lessons: verdicts at a glance, fairness, settings, all results. */
final class Tables {
    private Tables() {
    }

    static Table glance(List<LessonResult> lessons, List<String> targets) {
        List<String> headers = new ArrayList<>(List.of("lesson"));
        headers.addAll(targets);
        List<List<String>> rows = new ArrayList<>();
        for (LessonResult l : lessons) {
            List<String> row = new ArrayList<>(List.of(l.number() + ". " + l.title()));
            targets.forEach(t -> row.add(l.verdictFor(t).map(v -> v.verdict().label()).orElse("–")));
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    static Table environment(Environment env) {
        return new Table(List.of("fact", "value"),
                env.entries().entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
    }

    static Table settings(Settings settings) {
        List<String> headers = new ArrayList<>(List.of("setting"));
        headers.addAll(settings.services());
        List<List<String>> rows = new ArrayList<>();
        for (String label : settings.labels()) {
            List<String> row = new ArrayList<>(List.of(label));
            for (String service : settings.services()) {
                Map<String, String> values = settings.of(service);
                row.add(values.getOrDefault(label, "–"));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    static Table results(Results results) {
        boolean repeats = results.maxRepeats() > 1;
        List<String> headers = new ArrayList<>(List.of("target", "scenario", "step", "users", "rate", "delay ms", "n",
                "requests", "ko", "rps", "p50 ms", "p95 ms", "p99 ms", "max ms", "ideal rps", "eff.", "CPU µs/req",
                "RSS MB", "threads", "probe p99 ms"));
        if (repeats) {
            headers.addAll(List.of("repeats", "rps spread", "p99 spread"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : results.all()) {
            Row r = m.median();
            List<String> row = new ArrayList<>(List.of(r.target(), r.scenario(), r.step(), Figures.integer(r.users()),
                    Figures.num(r.rate()), Figures.num(r.delayMs()), Figures.integer(r.n()), Figures.integer(r.requests()), Figures.integer(r.ko()),
                    Figures.num(r.rps()), Figures.num(r.p50Ms()), Figures.num(r.p95Ms()), Figures.num(r.p99Ms()), Figures.num(r.maxMs()),
                    Figures.num(r.idealRps()), Figures.ratio(r.efficiency()), Figures.num(r.cpuUsPerReq()), Figures.num(r.rssPeakMb()),
                    Figures.integer(r.threadsPeak()), Figures.num(r.probeP99Ms())));
            if (repeats) {
                row.add(String.valueOf(m.repeats()));
                row.add(m.rps() == null ? "–" : Figures.num(m.rps().low()) + "–" + Figures.num(m.rps().high()));
                row.add(m.p99Ms() == null ? "–" : Figures.num(m.p99Ms().low()) + "–" + Figures.num(m.p99Ms().high()));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }
}
