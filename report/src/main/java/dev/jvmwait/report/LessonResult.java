package dev.jvmwait.report;

import java.util.List;
import java.util.Optional;

/** One lesson as the report shows it: the claim, how it was tested, the numbers, the rules and the verdicts. */
public record LessonResult(int number, String title, String claim, String experiment, String scenario,
                           List<String> rules, Table numbers, List<TargetVerdict> verdicts, List<String> notes) {

    public Optional<TargetVerdict> verdictFor(String target) {
        return verdicts.stream().filter(v -> v.target().equals(target)).findFirst();
    }
}
