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
    void reportOpensWithTheLessonsThenChartsFairnessSettingsAndResults() throws IOException {
        Report.write(StoredResults.copy("consistent", dir));
        String html = Files.readString(dir.resolve("report.html"));

        int lastIndex = -1;
        for (String heading : List.of("lessons at a glance", "1. Blocking I/O caps", "2. Concurrent waits overlap",
                "3. Async is concurrency", "4. Blocking the event loop", "5. CPU work on the event loop",
                "6. What one request costs", "8. Past capacity", "<h2>Reliability</h2>", "<h2>Charts</h2>",
                "Fairness", "Settings the services reported", "All results", "Gatling reports")) {
            int index = html.indexOf(heading);
            assertTrue(index > lastIndex, heading + " in order");
            lastIndex = index;
        }
        assertTrue(html.contains("tomcat max threads") && html.contains("Vert.x event loops"), "settings table");
        assertTrue(html.contains("-Xms512m -Xmx512m"), "fairness facts");
        for (String chart : List.of("chart-io-rps", "chart-io-p99", "chart-cpu-rps", "chart-mixed-p99", "chart-fanout",
                "chart-mistake-blocking", "chart-mistake-cpu", "chart-memory", "chart-threads", "chart-open-rps")) {
            assertTrue(html.contains("<canvas id=\"" + chart + "\""), chart);
        }
    }

    @Test
    void pageIsTheSummaryRenderedWithVerdictsColouredAndNumbersAlignedRight() throws IOException {
        Report.write(StoredResults.copy("contradicting", dir));
        String html = Files.readString(dir.resolve("report.html"));
        String md = Files.readString(dir.resolve("summary.md"));

        // blocking's io steps ran three times in that run: its verdict says how many agreed.
        assertTrue(md.contains("| 1. Blocking I/O caps thread-per-request at threads ÷ latency | contradicted (3 of 3) | confirmed |"), md);
        assertTrue(html.contains("<td class=\"verdict contradicted\">contradicted (3 of 3)</td>"), "the glance table's verdict");
        assertTrue(html.contains("<li class=\"verdict contradicted\"><strong>blocking</strong>: CONTRADICTED (3 of 3) — 3,900 rps"),
                "the lesson's verdict line, as summary.md words it");
        assertTrue(html.contains("<td class=\"num\">3,900 (0.39)</td>"), "a number in a lesson's table");
        assertTrue(html.contains("concurrent is not &lt; 1.5 × wait"), "text escaped by the renderer");
    }

    @Test
    void summaryStatesContradictionsAndExplainsOddNumbers() throws IOException {
        Report.write(StoredResults.copy("contradicting", dir));
        String md = Files.readString(dir.resolve("summary.md"));

        assertTrue(md.contains("- **blocking**: CONTRADICTED (3 of 3) — 3,900 rps at 1,000 users"), md);
        assertTrue(md.contains("## Numbers that look odd"));
        assertTrue(md.contains("efficiency 1.03 is above 1"), "coroutines io at 50 users ran 3 % above the ideal");
        assertTrue(md.contains("3,100 of"), "the failed requests of blocking's open step are explained");
    }

    @Test
    void aRepeatedRunSaysHowManyRoundsAgreedAndHowFarItsKeyNumberSpread() throws IOException {
        String env = "{\"serverCores\": 1, \"gatlingCores\": 1}";
        String tail = ",,,,,0.1,0.3,false,20,true,0.0,false,1.5,70,0.0,,,,"; // … probe p99, shares, warm-up, jit, memory
        ResultsDirectory run = StoredResults.of(dir, env, List.of(
                "blocking,io,1,200,,500,,2,800,800,0,399,501,503,505,510,400,0.998" + tail + "1",
                "blocking,io,2,1000,,500,,2,800,800,0,400,2500,2510,2520,2530,2000,0.2" + tail + "1",
                "blocking,io,1,200,,500,,2,800,800,0,398,501,503,505,510,400,0.995" + tail + "2",
                "blocking,io,2,1000,,500,,2,800,800,0,399,2500,2510,2520,2530,2000,0.2" + tail + "2",
                "blocking,io,1,200,,500,,2,800,800,0,399,501,503,505,510,400,0.997" + tail + "3",
                "blocking,io,2,1000,,500,,2,800,800,0,520,2500,2510,2520,2530,2000,0.26" + tail + "3"));

        LessonResult io = Lessons.evaluate(run).getFirst();
        String md = new SummaryMarkdown().write(run, List.of(io), List.of());

        TargetVerdict blocking = io.verdictFor("blocking").orElseThrow();
        assertEquals("confirmed (2 of 3)", blocking.label(), "round 3's 520 rps is 30% above the bound: contradicted alone");
        assertTrue(md.contains("| 1. Blocking I/O caps thread-per-request at threads ÷ latency | confirmed (2 of 3) |"), md);
        assertTrue(md.contains("(rps at the top step over the 3 rounds: 399–520)"), md);
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
