package dev.jvmwait.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * report.html: summary.md rendered by commonmark, with the charts added before the fairness section, in one
 * self-contained page (Chart.js inlined from its webjar, no request leaves the file).
 */
final class ReportHtml {

    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final List<Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(TABLES)
            .attributeProviderFactory(context -> new Classes()).build();
    private static final Set<String> VERDICTS = Set.of("confirmed", "contradicted", "inconclusive", "not measured",
            "not applicable");
    /** A cell that reads as a number or a few of them ("1,947 (0.97)", "118 ms", "2.6×"): right-aligned. */
    private static final Pattern NUMERIC = Pattern.compile("[–\\d.,\\s%×()a-z/]*\\d[\\d.,\\s%×()a-z/]*");
    private static final Pattern WORD = Pattern.compile(".*[a-z]{4,}.*");

    private static final String CSS = """
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c2833; margin: 0 auto;
                   max-width: 1200px; padding: 1.5rem 2rem 4rem; }
            h1 { margin-bottom: .2rem; } h1 + p { color: #707b7c; }
            h2 { margin-top: 2.5rem; border-bottom: 2px solid #d5d8dc; padding-bottom: .2rem; } h3 { margin-top: 1.8rem; }
            table { display: block; overflow-x: auto; border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: 13px; }
            th, td { border: 1px solid #d5d8dc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f4f4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .verdict { font-weight: 600; white-space: nowrap; }
            .confirmed { background: #d4efdf; color: #145a32; } .contradicted { background: #fadbd8; color: #78281f; }
            .inconclusive { background: #fcf3cf; color: #7d6608; }
            .not-measured, .not-applicable { background: #eaeded; color: #566573; }
            li.verdict { font-weight: normal; white-space: normal; padding: 0 .4rem; margin: .2rem 0; border-radius: 3px; }
            blockquote { background: #fef9e7; padding: .4rem .8rem; border-radius: 4px; margin: 1rem 0; }
            .chart { position: relative; height: 340px; margin: 1rem 0 2rem; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 0 2rem; }
            """;

    /** report.html#chart=<id> shows that one chart alone, drawn at once: how the README's images are taken. */
    private static final String DRAW_CHARTS = """
            const only = /^#chart=(.+)$/.exec(location.hash);
            if (only && document.getElementById(only[1])) {
              const box = document.getElementById(only[1]).parentElement;
              document.body.replaceChildren(box); document.body.style.maxWidth = 'none';
              box.style.height = '400px'; Chart.defaults.animation = false;
            }
            for (const c of charts) { const el = document.getElementById(c.id); if (el) new Chart(el, c.config); }
            """;

    /** One chart as the page's script reads it. */
    private record ChartOnPage(String id, ChartConfig config) {
    }

    String write(String summaryMarkdown, List<Charts.Spec> charts) {
        Node document = PARSER.parse(summaryMarkdown);
        Node fairness = topHeading(document, "Fairness");
        for (Node node : children(PARSER.parse(chartsMarkdown(charts)))) {
            if (fairness == null) {
                document.appendChild(node);
            } else {
                fairness.insertBefore(node);
            }
        }
        String title = text(topHeading(document, ""));
        List<ChartOnPage> drawn = charts.stream().filter(c -> c.config() != null)
                .map(c -> new ChartOnPage(c.id(), c.config())).toList();
        StringBuilder page = new StringBuilder();
        HtmlWriter html = new HtmlWriter(page);
        html.raw("<!DOCTYPE html>\n");
        html.tag("html", Map.of("lang", "en"));
        html.tag("head");
        html.tag("meta", Map.of("charset", "utf-8"), true);
        html.tag("meta", attributes("name", "viewport", "content", "width=device-width, initial-scale=1"), true);
        html.tag("title");
        html.text(title);
        html.tag("/title");
        html.tag("style");
        html.raw("\n" + CSS);
        html.tag("/style");
        html.tag("/head");
        html.line();
        html.tag("body");
        html.line();
        html.raw(RENDERER.render(document));
        html.tag("script");
        html.raw("\n" + chartJs() + "\n");
        html.tag("/script");
        html.line();
        html.tag("script");
        html.raw("\nconst charts = " + ScriptJson.write(drawn) + ";\n" + DRAW_CHARTS);
        html.tag("/script");
        html.line();
        html.tag("/body");
        html.tag("/html");
        html.line();
        return page.toString();
    }

    /**
     * The charts section as Markdown: a heading per section, the measured charts' canvases in one HTML block
     * (a grid), and a line for each chart whose scenario was not measured.
     */
    private static String chartsMarkdown(List<Charts.Spec> charts) {
        StringBuilder md = new StringBuilder("## Charts\n\n");
        Map<String, List<Charts.Spec>> bySection = new LinkedHashMap<>();
        charts.forEach(c -> bySection.computeIfAbsent(c.section(), s -> new ArrayList<>()).add(c));
        bySection.forEach((section, specs) -> {
            md.append("### ").append(section).append("\n\n");
            StringBuilder grid = new StringBuilder();
            HtmlWriter html = new HtmlWriter(grid);
            html.tag("div", Map.of("class", "charts"));
            for (Charts.Spec spec : specs) {
                if (spec.config() != null) {
                    html.tag("div", Map.of("class", "chart"));
                    html.tag("canvas", attributes("id", spec.id(), "aria-label", spec.title(), "role", "img"));
                    html.tag("/canvas");
                    html.tag("/div");
                }
            }
            html.tag("/div");
            md.append(grid).append("\n\n");
            specs.stream().filter(s -> s.config() == null)
                    .forEach(s -> md.append(s.title()).append(": not measured in this run.\n\n"));
        });
        return md.toString();
    }

    /** Classes the stylesheet uses: numbers right-aligned, verdicts coloured. */
    private static final class Classes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof TableCell cell && !cell.isHeader() && cell.getPrevious() != null) {
                String text = text(cell);
                // "confirmed", or in a repeated run "confirmed (3 of 3)"
                String verdict = text.replaceFirst(" \\(\\d+ of \\d+\\)$", "");
                if (VERDICTS.contains(verdict)) {
                    attributes.put("class", "verdict " + verdict.replace(' ', '-'));
                } else if (NUMERIC.matcher(text).matches() && !WORD.matcher(text).matches()) {
                    attributes.put("class", "num");
                }
            } else if (node instanceof ListItem item && item.getFirstChild() instanceof Paragraph p
                    && p.getFirstChild() instanceof StrongEmphasis && p.getFirstChild().getNext() instanceof Text rest) {
                // "- **target**: CONFIRMED — evidence", a lesson's verdict for one target
                VERDICTS.stream().filter(v -> rest.getLiteral().startsWith(": " + v.toUpperCase() + " "))
                        .findFirst().ifPresent(v -> attributes.put("class", "verdict " + v.replace(' ', '-')));
            }
        }
    }

    private static Node topHeading(Node document, String startingWith) {
        for (Node node : children(document)) {
            if (node instanceof Heading heading && heading.getLevel() <= 2 && text(heading).startsWith(startingWith)) {
                return heading;
            }
        }
        return null;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** The plain text of a node and its descendants. */
    private static String text(Node node) {
        if (node == null) {
            return "";
        }
        if (node instanceof Text t) {
            return t.getLiteral();
        }
        StringBuilder text = new StringBuilder();
        children(node).forEach(child -> text.append(text(child)));
        return text.toString();
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /** Chart.js's UMD build, read from the webjar on the classpath so that the page needs no network. */
    static String chartJs() {
        ClassLoader loader = ReportHtml.class.getClassLoader();
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
