package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");

    @TempDir
    Path dir;

    @Test
    void reportWorksOfflineWithChartJsInlined() throws IOException {
        Report.write(StoredResults.copy("consistent", dir));
        String html = Files.readString(dir.resolve("report.html"));

        Matcher external = EXTERNAL.matcher(html);
        assertFalse(external.find(), () -> "external reference: " + html.substring(external.start(), external.start() + 80));
        assertFalse(html.contains("<script src"), "every script is inline");
        assertTrue(html.contains("Chart.js v4"), "the Chart.js library is inlined");
        assertTrue(html.contains("new Chart(el, c.config)"));
        assertTrue(html.contains("#chart="), "one chart alone, for the README's images");
    }

    @Test
    void reportLinksEveryGatlingReport() throws IOException {
        Report.write(StoredResults.copy("consistent", dir));
        String html = Files.readString(dir.resolve("report.html"));
        String md = Files.readString(dir.resolve("summary.md"));

        List<String> reports = GatlingReports.find(dir);
        assertEquals(4, reports.size());
        for (String link : reports) {
            assertTrue(html.contains("href=\"" + link + "\""), link);
            assertTrue(md.contains("](" + link + ")"), link);
        }
    }

    @Test
    void reportOpensWithTheFiveLessonsThenChartsFairnessSettingsAndResults() throws IOException {
        Report.write(StoredResults.copy("consistent", dir));
        String html = Files.readString(dir.resolve("report.html"));

        int lastIndex = -1;
        for (String heading : List.of("lessons at a glance", "1. Blocking I/O caps", "2. Concurrent waits overlap",
                "3. Async is concurrency", "4. Blocking the event loop", "5. CPU work on the event loop", "<h2>Charts</h2>",
                "Fairness", "Settings the services reported", "All results", "Gatling reports")) {
            int index = html.indexOf(heading);
            assertTrue(index > lastIndex, heading + " in order");
            lastIndex = index;
        }
        assertTrue(html.contains("tomcat max threads") && html.contains("Vert.x event loops"), "settings table");
        assertTrue(html.contains("-Xms512m -Xmx512m"), "fairness facts");
        for (String chart : List.of("chart-io-rps", "chart-io-p99", "chart-cpu-rps", "chart-mixed-p99", "chart-fanout",
                "chart-mistake-blocking", "chart-mistake-cpu", "chart-memory", "chart-threads", "chart-open-rps", "chart-ceiling")) {
            assertTrue(html.contains("<canvas id=\"" + chart + "\""), chart);
        }
    }

    @Test
    void pageIsTheSummaryRenderedWithVerdictsColouredAndNumbersAlignedRight() throws IOException {
        Report.write(StoredResults.copy("contradicting", dir));
        String html = Files.readString(dir.resolve("report.html"));
        String md = Files.readString(dir.resolve("summary.md"));

        assertTrue(md.contains("| 1. Blocking I/O caps thread-per-request at threads ÷ latency | contradicted |"), md);
        assertTrue(html.contains("<td class=\"verdict contradicted\">contradicted</td>"), "the glance table's verdict");
        assertTrue(html.contains("<li class=\"verdict contradicted\"><strong>blocking</strong>: CONTRADICTED — 3,900 rps"),
                "the lesson's verdict line, as summary.md words it");
        assertTrue(html.contains("<td class=\"num\">3,900 (0.39)</td>"), "a number in a lesson's table");
        assertTrue(html.contains("concurrent is not &lt; 1.5 × wait"), "text escaped by the renderer");
    }

    @Test
    void summaryStatesContradictionsAndExplainsOddNumbers() throws IOException {
        Report.write(StoredResults.copy("contradicting", dir));
        String md = Files.readString(dir.resolve("summary.md"));

        assertTrue(md.contains("- **blocking**: CONTRADICTED — 3,900 rps at 1,000 users"), md);
        assertTrue(md.contains("## Numbers that look odd"));
        assertTrue(md.contains("efficiency 1.03 is above 1"), "coroutines io at 50 users ran 3 % above the ideal");
        assertTrue(md.contains("3,100 of"), "the failed requests of blocking's open step are explained");
    }

    @Test
    void theHarnessCeilingSaysWhichSidesCoresWereTheLimit() throws IOException {
        List<String> lines = Report.harnessCeilings(StoredResults.run("real-2026-11-25", dir));

        assertEquals(5, lines.size());
        assertEquals("Harness ceiling (blocking, zero-delay endpoint): 30,859 rps, server cpu 94%, Gatling cpu 87%:"
                + " the server's cores are the limit", lines.getFirst());
        assertTrue(lines.get(2).endsWith("Gatling cpu 97%: Gatling's cores are the limit"), lines.get(2));
    }

    @Test
    void missingScenariosSayNotMeasuredInsteadOfFailing() throws IOException {
        Report.write(StoredResults.copy("missing-scenarios", dir));
        String md = Files.readString(dir.resolve("summary.md"));
        String html = Files.readString(dir.resolve("report.html"));

        assertTrue(md.contains("**Not measured** in this run (scenario `fanout`)"));
        assertTrue(md.contains("environment.json is missing"));
        assertTrue(html.contains("fanout: three lookups at once against one after the other: not measured in this run"));
        assertFalse(html.contains("<canvas id=\"chart-fanout\""));
    }
}
