package dev.jvmwait.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the per-request statistics table of a Gatling 3.15 HTML report ({@code index.html}).
 *
 * <p>Gatling 3.15 writes no stats.json any more, its console summary has per-request counts but
 * percentiles only for all requests together, and simulation.log is binary; the report's statistics
 * table is the one place with every request name's counts and percentiles. Columns are found by their
 * header text, not their position, so a report with other percentiles configured fails loudly.
 */
public final class GatlingReport {

    private static final Pattern HEADER = Pattern.compile(
            "<th id=\"(col-\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*?(col-\\d+)\">([^<]*)</td>");

    private GatlingReport() {
    }

    /** The newest run folder Gatling wrote under {@code resultsFolder}. */
    public static Path newestRun(Path resultsFolder) throws IOException {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
                    .max(Comparator.comparing(run -> run.toFile().lastModified()))
                    .orElseThrow(() -> new IOException("no Gatling report under " + resultsFolder));
        }
    }

    /** Request name → its numbers, from a run folder (or its index.html). "All Requests" is left out. */
    public static Map<String, RequestStats> read(Path report) throws IOException {
        Path index = Files.isDirectory(report) ? report.resolve("index.html") : report;
        return parse(Files.readString(index, StandardCharsets.UTF_8));
    }

    static Map<String, RequestStats> parse(String html) {
        Map<String, String> columns = new HashMap<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            columns.put(header.group(2).trim(), header.group(1));
        }
        for (String needed : new String[] {"Total", "OK", "KO", "Min", "50th pct", "75th pct", "95th pct",
                "99th pct", "Max", "Mean"}) {
            if (!columns.containsKey(needed)) {
                throw new IllegalArgumentException("Gatling report has no '" + needed + "' column; found " + columns.keySet());
            }
        }
        Map<String, RequestStats> stats = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            if (row.group(1).equals("ROOT")) {
                continue;
            }
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(cell.group(1), cell.group(2).trim());
            }
            String requestName = unescape(name.group(1).trim());
            stats.put(requestName, new RequestStats(requestName,
                    number(cells, columns, "Total"), number(cells, columns, "OK"), number(cells, columns, "KO"),
                    number(cells, columns, "Min"), number(cells, columns, "50th pct"),
                    number(cells, columns, "75th pct"), number(cells, columns, "95th pct"),
                    number(cells, columns, "99th pct"), number(cells, columns, "Max"),
                    number(cells, columns, "Mean")));
        }
        return stats;
    }

    private static long number(Map<String, String> cells, Map<String, String> columns, String column) {
        String text = cells.getOrDefault(columns.get(column), "-").replace(",", "");
        return text.isEmpty() || text.equals("-") ? 0 : Math.round(Double.parseDouble(text));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
