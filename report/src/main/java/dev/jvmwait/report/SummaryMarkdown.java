package dev.jvmwait.report;

import dev.jvmwait.results.WarmUpRule;
import java.util.List;

/**
 * summary.md: the lessons with their numbers and verdicts, the odd numbers explained, then the facts of the run.
 * The one writer of the report's words: report.html is this Markdown rendered.
 */
public final class SummaryMarkdown {

    public String write(ResultsDirectory run, List<LessonResult> lessons, List<String> oddNotes) {
        StringBuilder md = new StringBuilder();
        Results results = run.results();
        md.append("# How the JVM waits: results\n\n");
        md.append(Report.runLine(run)).append("\n\n");
        if (results.isEmpty()) {
            md.append("No measurements: results.csv is missing or empty.\n\n");
        } else {
            md.append("## The lessons at a glance\n\n");
            table(md, Tables.glance(lessons, results.targets()));
            md.append("Each verdict is computed from results.csv by the rule stated under its lesson"
                    + (results.rounds().size() > 1 ? ", from the medians of the rounds; (k of n): in how many of the n rounds"
                    + " that measured it, each judged alone, it came out the same" : "") + ".\n\n");
        }
        for (LessonResult lesson : lessons) {
            md.append("## ").append(lesson.number()).append(". ").append(lesson.title()).append("\n\n");
            md.append("**Claim.** ").append(lesson.claim()).append("\n\n");
            md.append("**Experiment.** ").append(lesson.experiment()).append("\n\n");
            if (lesson.numbers().isEmpty()) {
                md.append("**Not measured** in this run (scenario `").append(lesson.scenario()).append("`).\n\n");
            } else {
                table(md, lesson.numbers());
            }
            md.append("**Rule.**\n\n");
            lesson.rules().forEach(r -> md.append("- ").append(r).append('\n'));
            md.append("\n**Verdicts.**\n\n");
            for (TargetVerdict v : lesson.verdicts()) {
                md.append("- **").append(v.target()).append("**: ").append(v.verdict().label().toUpperCase())
                        .append(v.label().substring(v.verdict().label().length())).append(" — ").append(v.evidence());
                if (v.agreement() != null && v.agreement().keyLow() != null && lesson.keyName() != null) {
                    md.append(" (").append(lesson.keyName()).append(" over the ").append(v.agreement().rounds())
                            .append(" rounds: ").append(Figures.num(v.agreement().keyLow())).append("–")
                            .append(Figures.num(v.agreement().keyHigh())).append(')');
                }
                md.append('\n');
            }
            md.append('\n');
            lesson.notes().forEach(n -> md.append("> ").append(n).append("\n\n"));
        }
        reliability(md, run);
        md.append("## Numbers that look odd\n\n");
        if (oddNotes.isEmpty()) {
            md.append("None stood out.\n\n");
        } else {
            oddNotes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append("## Fairness: how this run was made\n\n");
        md.append("Every service runs with the same JVM flags, on the same cores, warmed by the same rule. What is tuned is"
                + " tuned alike for every style it is compared with: the connection backlog (4,096) for every service,"
                + " Tomcat's keep-alive and processor cache for both Spring services from one file, the virtual-thread"
                + " scheduler left at the JDK's default (one carrier per server core) for both virtual-thread targets; the"
                + " settings table below shows each as the running service reported it, and docs/HARNESS.md (\"Fair"
                + " server settings\") why, with what each measured.\n\n");
        if (run.environment().isEmpty()) {
            md.append("environment.json is missing.\n\n");
        } else {
            table(md, Tables.environment(run.environment().orElseThrow()));
        }
        Table warmUp = Tables.warmUp(results);
        if (!warmUp.isEmpty()) {
            md.append("How long each target was warmed before its first step (results.csv's warm_up_s), and what the"
                    + " load generator spent per request it sent (loadgen_us_per_req):\n\n");
            table(md, warmUp);
        }
        md.append("## Settings the services reported\n\n");
        if (run.settings().isEmpty()) {
            md.append("No settings/*.json in this run.\n\n");
        } else {
            md.append("From each running service's GET /internal/settings.\n\n");
            table(md, Tables.settings(run.settings()));
        }
        md.append("## All results\n\n");
        if (results.isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append(results.maxRepeats() > 1
                    ? "Medians over the repeats; the spread is the lowest–highest value seen.\n\n"
                    : "One run per step.\n\n");
            md.append("CPU is each side's share of its own cores over the measured window. A step is machine-bound when"
                    + " the load generator used ≥ " + Figures.pct(Capacity.LOADGEN_MACHINE_BOUND) + " of its cores (with the"
                    + " backend's CPU, where the run started one beside it), or, in a"
                    + " concurrency lesson's scenario (" + String.join(", ", Capacity.CONCURRENCY_SCENARIOS.stream().sorted().toList())
                    + "), the server's cores were ≥ " + Figures.pct(Capacity.SERVER_MACHINE_BOUND)
                    + " busy: it measured the machine, not the style. It is cold when, in a scenario whose lesson measures CPU ("
                    + String.join(", ", WarmUpRule.CPU_SCENARIOS.stream().sorted().toList()) + "), the server's JIT compilers used ≥ "
                    + Figures.pct(WarmUpRule.COLD) + " of its cores: it measured the compiler. No verdict rests on either."
                    + " Unknown where the run did not record a share the rule needs.\n\n");
            table(md, Tables.results(results, run.validity()));
        }
        md.append("## Gatling reports\n\n");
        if (run.gatlingReports().isEmpty()) {
            md.append("None in this results directory.\n");
        } else {
            run.gatlingReports().forEach(link -> md.append("- [").append(Report.reportName(link)).append("](")
                    .append(link).append(")\n"));
        }
        return md.toString();
    }

    /** The reliability figures ({@link Reliability}), after the lessons: lesson 8 judges the overload, these state the rest. */
    private static void reliability(StringBuilder md, ResultsDirectory run) {
        md.append("## Reliability\n\n");
        Table reliability = Reliability.table(run);
        if (reliability.isEmpty()) {
            md.append("**Not measured** in this run (scenarios `").append(OverloadSeries.SCENARIO).append("` and `")
                    .append(Reliability.SHUTDOWN).append("`).\n\n");
            return;
        }
        md.append("A row per target that ran `").append(OverloadSeries.SCENARIO).append("` or `").append(Reliability.SHUTDOWN)
                .append("`. *Load held*: the highest offered rate at which goodput was at least ")
                .append(Figures.pct(Reliability.HELD_GOODPUT)).append(" of min(offered, capacity), with no error but"
                        + " refusals (503 with Retry-After), the service alive, and p99 at most "
                        + Figures.times(OverloadLesson.BOUNDED_P99_FACTOR) + " the 0.5x step's (lesson 8's steps; none: no step"
                        + " did)."
                        + " *Shutdown under load*: SIGTERM sent while closed users had requests in flight: how many of"
                        + " those were answered, how many lost, how long the process took to exit, and what became of the"
                        + " requests sent after the signal. *kill -9, then a restart*: the shutdown's process was started"
                        + " right after the overload's was killed, on the same port, and measured once it answered (in runs"
                        + " before that, the bounded series ran in it). *Requests lost* at SIGTERM"
                        + " should be 0; the errors under overload with the bound are the failures other than refusals.\n\n");
        table(md, reliability);
    }

    private static void table(StringBuilder md, Table table) {
        md.append("| ").append(String.join(" | ", table.headers().stream().map(SummaryMarkdown::cell).toList())).append(" |\n");
        md.append("|").append("---|".repeat(table.headers().size())).append('\n');
        for (List<String> row : table.rows()) {
            md.append("| ").append(String.join(" | ", row.stream().map(SummaryMarkdown::cell).toList())).append(" |\n");
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
