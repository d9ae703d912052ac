package dev.jvmwait.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * report.html: one self-contained page (Chart.js inlined from its webjar, no request leaves the file):
 * the lessons, the charts, the fairness facts, the settings, every result and every Gatling report.
 */
public final class HtmlWriter {

    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private static final String CSS = """
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c2833; margin: 0 auto;
                   max-width: 1200px; padding: 1.5rem 2rem 4rem; }
            h1 { margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #d5d8dc; padding-bottom: .2rem; }
            h3 { margin-top: 1.8rem; }
            table { border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: 13px; }
            th, td { border: 1px solid #d5d8dc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f4f4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .scroll { overflow-x: auto; }
            .verdict { font-weight: 600; padding: 0 .4rem; border-radius: 3px; white-space: nowrap; }
            .confirmed { background: #d4efdf; color: #145a32; } .contradicted { background: #fadbd8; color: #78281f; }
            .inconclusive { background: #fcf3cf; color: #7d6608; }
            .not-measured, .not-applicable { background: #eaeded; color: #566573; }
            .lesson { border-left: 4px solid #aab7b8; padding-left: 1rem; margin: 1.5rem 0; }
            .rule { color: #424949; } .note { background: #fef9e7; padding: .4rem .8rem; border-radius: 4px; }
            .chart { position: relative; height: 340px; margin: 1rem 0 2rem; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 0 2rem; }
            .muted { color: #707b7c; }
            """;

    public String write(ResultsDirectory run, List<LessonResult> lessons, List<String> oddNotes, Capacity capacity) {
        Results results = run.results();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>How the JVM waits: results</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>How the JVM waits: results</h1>\n<p class=\"muted\">").append(esc(Report.runLine(run))).append("</p>\n");
        if (results.isEmpty()) {
            h.append("<p>No measurements: results.csv is missing or empty.</p>\n");
        } else {
            h.append("<h2>The lessons at a glance</h2>\n");
            table(h, Tables.glance(lessons, results.targets()), true);
            h.append("<p class=\"muted\">Each verdict is computed from results.csv by the rule stated under its lesson.</p>\n");
        }
        for (LessonResult lesson : lessons) {
            lesson(h, lesson);
        }
        h.append("<h2>Numbers that look odd</h2>\n");
        if (oddNotes.isEmpty()) {
            h.append("<p>None stood out.</p>\n");
        } else {
            h.append("<ul>\n");
            oddNotes.forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        List<Charts.Spec> specs = new Charts(run, capacity).all();
        charts(h, specs);
        h.append("<h2>Fairness: how this run was made</h2>\n");
        if (run.environment().isEmpty()) {
            h.append("<p>environment.json is missing.</p>\n");
        } else {
            table(h, Tables.environment(run.environment().orElseThrow()), false);
        }
        h.append("<h2>Settings the services reported</h2>\n");
        if (run.settings().isEmpty()) {
            h.append("<p>No settings/*.json in this run.</p>\n");
        } else {
            h.append("<p class=\"muted\">From each running service's GET /internal/settings.</p>\n");
            table(h, Tables.settings(run.settings()), false);
        }
        h.append("<h2>All results</h2>\n");
        if (results.isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<p class=\"muted\">").append(results.maxRepeats() > 1
                    ? "Medians over the repeats; the spread is the lowest–highest value seen." : "One run per step.").append("</p>\n");
            table(h, Tables.results(results), false);
        }
        h.append("<h2>Gatling reports</h2>\n");
        if (run.gatlingReports().isEmpty()) {
            h.append("<p>None in this results directory.</p>\n");
        } else {
            h.append("<ul>\n");
            run.gatlingReports().forEach(link -> h.append("<li><a href=\"").append(esc(link)).append("\">")
                    .append(esc(Report.reportName(link))).append("</a></li>\n"));
            h.append("</ul>\n");
        }
        h.append("<script>\n").append(chartJs()).append("\n</script>\n");
        h.append("<script>\nconst charts = ").append(ScriptJson.write(configs(specs))).append(";\n")
                // report.html#chart=<id> shows that one chart alone, drawn at once: how the README's images are taken.
                .append("const only = /^#chart=(.+)$/.exec(location.hash);\n")
                .append("if (only && document.getElementById(only[1])) {\n")
                .append("  const box = document.getElementById(only[1]).parentElement;\n")
                .append("  document.body.replaceChildren(box); document.body.style.maxWidth = 'none';\n")
                .append("  box.style.height = '400px'; Chart.defaults.animation = false;\n")
                .append("}\n")
                .append("for (const c of charts) { const el = document.getElementById(c.id); if (el) new Chart(el, c.config); }\n</script>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void lesson(StringBuilder h, LessonResult lesson) {
        h.append("<section class=\"lesson\" id=\"lesson-").append(lesson.number()).append("\">\n<h2>").append(lesson.number())
                .append(". ").append(esc(lesson.title())).append("</h2>\n");
        h.append("<p><strong>Claim.</strong> ").append(esc(lesson.claim())).append("</p>\n");
        h.append("<p><strong>Experiment.</strong> ").append(code(esc(lesson.experiment()))).append("</p>\n");
        if (lesson.numbers().isEmpty()) {
            h.append("<p><strong>Not measured</strong> in this run (scenario <code>").append(esc(lesson.scenario()))
                    .append("</code>).</p>\n");
        } else {
            table(h, lesson.numbers(), false);
        }
        h.append("<p><strong>Rule.</strong></p>\n<ul class=\"rule\">\n");
        lesson.rules().forEach(r -> h.append("<li>").append(esc(r)).append("</li>\n"));
        h.append("</ul>\n<p><strong>Verdicts.</strong></p>\n<ul>\n");
        for (TargetVerdict v : lesson.verdicts()) {
            h.append("<li><strong>").append(esc(v.target())).append("</strong> ").append(badge(v.verdict().label()))
                    .append(" ").append(esc(v.evidence())).append("</li>\n");
        }
        h.append("</ul>\n");
        lesson.notes().forEach(n -> h.append("<p class=\"note\">").append(esc(n)).append("</p>\n"));
        h.append("</section>\n");
    }

    private static void charts(StringBuilder h, List<Charts.Spec> specs) {
        h.append("<h2>Charts</h2>\n");
        String section = null;
        for (Charts.Spec spec : specs) {
            if (!spec.section().equals(section)) {
                if (section != null) {
                    h.append("</div>\n");
                }
                section = spec.section();
                h.append("<h3>").append(esc(section)).append("</h3>\n<div class=\"charts\">\n");
            }
            if (spec.config() == null) {
                h.append("<p class=\"muted\">").append(esc(spec.title())).append(": not measured in this run.</p>\n");
            } else {
                h.append("<div class=\"chart\"><canvas id=\"").append(spec.id()).append("\" aria-label=\"")
                        .append(esc(spec.title())).append("\" role=\"img\"></canvas></div>\n");
            }
        }
        if (section != null) {
            h.append("</div>\n");
        }
    }

    private static List<Object> configs(List<Charts.Spec> specs) {
        List<Object> list = new ArrayList<>();
        specs.stream().filter(s -> s.config() != null).forEach(s -> list.add(Charts.map("id", s.id(), "config", s.config())));
        return list;
    }

    private static void table(StringBuilder h, Table table, boolean verdicts) {
        h.append("<div class=\"scroll\"><table>\n<tr>");
        table.headers().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : table.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (verdicts && i > 0) {
                    h.append("<td>").append(cell.equals("–") ? "–" : badge(cell)).append("</td>");
                } else {
                    boolean numeric = i > 0 && cell.matches("[–\\d.,\\s%×()a-z/]*\\d[\\d.,\\s%×()a-z/]*") && !cell.matches(".*[a-z]{4,}.*");
                    h.append(numeric ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static String badge(String label) {
        return "<span class=\"verdict " + label.replace(' ', '-') + "\">" + esc(label) + "</span>";
    }

    /** `io` in the experiment text → <code>io</code>. */
    private static String code(String escaped) {
        return escaped.replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Chart.js's UMD build, read from the webjar on the classpath so that the page needs no network. */
    static String chartJs() {
        ClassLoader loader = HtmlWriter.class.getClassLoader();
        String version;
        try (InputStream pom = loader.getResourceAsStream(WEBJAR_POM)) {
            if (pom == null) {
                throw new IllegalStateException("Chart.js webjar (org.webjars.npm:chart.js) is not on the classpath");
            }
            Properties props = new Properties();
            props.load(pom);
            version = props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String path = WEBJAR + version + "/dist/chart.umd.min.js";
        try (InputStream js = loader.getResourceAsStream(path)) {
            if (js == null) {
                throw new IllegalStateException(path + " is not in the Chart.js webjar");
            }
            return new String(js.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
