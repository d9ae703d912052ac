package dev.jvmwait.report;

import java.util.List;
import java.util.Optional;

/**
 * One lesson as the report shows it: the claim, how it was tested, the numbers, the rules and the verdicts; and the
 * name of the number each verdict carries as its key ({@link TargetVerdict#key()}), whose spread a repeated run shows.
 */
public record LessonResult(int number, String title, String claim, String experiment, String scenario,
                           List<String> rules, Table numbers, List<TargetVerdict> verdicts, List<String> notes,
                           String keyName) {

    public LessonResult(int number, String title, String claim, String experiment, String scenario, List<String> rules,
                        Table numbers, List<TargetVerdict> verdicts, List<String> notes) {
        this(number, title, claim, experiment, scenario, rules, numbers, verdicts, notes, null);
    }

    public LessonResult withKey(String keyName) {
        return new LessonResult(number, title, claim, experiment, scenario, rules, numbers, verdicts, notes, keyName);
    }

    public LessonResult withVerdicts(List<TargetVerdict> verdicts, List<String> notes) {
        return new LessonResult(number, title, claim, experiment, scenario, rules, numbers, verdicts, notes, keyName);
    }

    public Optional<TargetVerdict> verdictFor(String target) {
        return verdicts.stream().filter(v -> v.target().equals(target)).findFirst();
    }
}
