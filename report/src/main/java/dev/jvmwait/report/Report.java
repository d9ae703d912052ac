package dev.jvmwait.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a results directory written by compare.sh into summary.md and report.html next to its results.csv:
 * the Markdown is written once, and the page is that Markdown rendered, with the charts added.
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || args[0].equals("--help")) {
            System.err.println("usage: Report <results directory>   (writes summary.md and report.html into it)");
            System.exit(args.length == 1 ? 0 : 2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("not a directory: " + dir);
            System.exit(2);
        }
        List<LessonResult> lessons = write(dir);
        Table glance = Tables.glance(lessons, ResultsDirectory.read(dir).results().targets());
        System.out.println("Verdicts (the rules and their numbers are in summary.md):");
        for (List<String> row : glance.rows()) {
            System.out.println("  " + String.join(" | ", row));
        }
        System.out.println("  (targets: " + String.join(", ", glance.headers().subList(1, glance.headers().size())) + ")");
        System.out.println("report: wrote " + dir.resolve("summary.md") + " and " + dir.resolve("report.html"));
    }

    /** Reads the directory and writes both files; returns the lessons, so that a caller can look at the verdicts. */
    public static List<LessonResult> write(Path dir) throws IOException {
        ResultsDirectory run = ResultsDirectory.read(dir);
        Capacity capacity = new Capacity(run);
        List<LessonResult> lessons = Lessons.evaluate(run);
        String summary = new SummaryMarkdown().write(run, lessons, Caveats.explain(run, capacity));
        Files.writeString(dir.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), new ReportHtml().write(summary, new Charts(run, capacity).all()),
                StandardCharsets.UTF_8);
        return lessons;
    }

    /** One line that says when and where the run was made, from environment.json. */
    static String runLine(ResultsDirectory run) {
        StringBuilder line = new StringBuilder("Measured");
        run.environment().ifPresent(env -> {
            Optional.ofNullable(env.date()).ifPresent(date -> line.append(" on ").append(date));
            Optional.ofNullable(env.cpuModel()).ifPresent(cpu -> line.append(", ").append(cpu));
            Optional.ofNullable(env.cores()).ifPresent(cores -> line.append(", ").append(cores).append(" cores"));
            Optional.ofNullable(env.profile()).ifPresent(profile -> line.append(", run mode ").append(profile));
        });
        int repeats = run.results().maxRepeats();
        if (repeats > 1) {
            line.append(", ").append(repeats).append(" repeats (medians)");
        }
        line.append(". Targets: ").append(run.results().targets().isEmpty() ? "none" : String.join(", ", run.results().targets()))
                .append('.');
        return line.toString();
    }

    /** gatling/virtual-io-1234/index.html → virtual-io-1234. */
    static String reportName(String link) {
        String[] parts = link.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : link;
    }
}
