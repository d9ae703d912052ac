package dev.jvmwait.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lessons, in the order the report opens with them. No verdict rests on a step that measured something other
 * than the style ({@link StepValidity}: machine-bound or cold): a confirmed or contradicted verdict whose deciding step
 * did becomes inconclusive, with that step and its reason stated, unless the lesson shows that the busy machine could
 * not have made the step meet its rule ({@link Lesson#countsDespite}). In a repeated run each verdict (from the medians)
 * also says in how many rounds, judged alone, it came out the same.
 */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new IoLesson(), new FanoutLesson(), new CpuLesson(), new MistakeBlockingLesson(), new MistakeCpuLesson(),
            new CostLesson(), new PoolLesson(), new OverloadLesson());

    private Lessons() {
    }

    public static List<LessonResult> evaluate(ResultsDirectory run) {
        List<LessonResult> lessons = evaluateOnce(run);
        List<Integer> rounds = run.results().rounds();
        if (rounds.size() < 2) {
            return lessons;
        }
        List<List<LessonResult>> byRound = rounds.stream().map(round -> evaluateOnce(run.round(round))).toList();
        List<LessonResult> agreed = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            int lesson = i;
            List<TargetVerdict> verdicts = lessons.get(i).verdicts().stream().map(v -> {
                // The rounds that measured this lesson for this target (a round may have measured fewer targets or steps).
                List<TargetVerdict> alone = byRound.stream()
                        .map(round -> round.get(lesson).verdictFor(v.target()).orElse(null))
                        .filter(a -> a != null && a.verdict() != Verdict.NOT_MEASURED).toList();
                if (alone.size() < 2) {
                    return v;
                }
                List<Double> keys = alone.stream().map(TargetVerdict::key).filter(Objects::nonNull).toList();
                return v.withAgreement(new TargetVerdict.Agreement(
                        (int) alone.stream().filter(a -> a.verdict() == v.verdict()).count(), alone.size(),
                        keys.stream().min(Double::compare).orElse(null), keys.stream().max(Double::compare).orElse(null)));
            }).toList();
            agreed.add(lessons.get(i).withVerdicts(verdicts, lessons.get(i).notes()));
        }
        return agreed;
    }

    private static List<LessonResult> evaluateOnce(ResultsDirectory run) {
        Capacity capacity = new Capacity(run);
        return ALL.stream().map(l -> notOnInvalidSteps(l, l.evaluate(run, capacity), run, capacity)).toList();
    }

    private static LessonResult notOnInvalidSteps(Lesson lesson, LessonResult result, ResultsDirectory run, Capacity capacity) {
        StepValidity validity = run.validity();
        List<TargetVerdict> verdicts = result.verdicts().stream().map(v -> {
            if (v.verdict() != Verdict.CONFIRMED && v.verdict() != Verdict.CONTRADICTED) {
                return v;
            }
            Optional<Measurement> invalid = lesson.decidingSteps(run, capacity, v.target(), result.scenario()).stream()
                    .filter(m -> validity.problem(m).isPresent() && lesson.countsDespite(capacity, m).isEmpty()).findFirst();
            return invalid.map(m -> new TargetVerdict(v.target(), Verdict.INCONCLUSIVE, v.evidence()
                    + "; but this rests on a step that measured something other than the style (" + m.scenario() + " "
                    + m.step() + ", " + validity.problem(m).orElseThrow() + "), so no verdict rests on it (it would have been "
                    + v.verdict().label() + ")", v.key())).orElse(v);
        }).toList();
        List<String> marked = run.results().targets().stream()
                .flatMap(t -> run.results().steps(t, result.scenario()).stream())
                .filter(m -> validity.problem(m).isPresent())
                .map(m -> m.target() + " " + m.step() + " (" + validity.problem(m).orElseThrow()
                        + lesson.countsDespite(capacity, m).map(why -> "; it counts all the same: " + why).orElse("") + ")")
                .toList();
        List<String> notes = new ArrayList<>(result.notes());
        if (!marked.isEmpty()) {
            notes.add("Steps of `" + result.scenario() + "` that measured the machine or the compiler, not the style (no"
                    + " verdict rests on them unless it says why it may): " + String.join("; ", marked) + ".");
        }
        return result.withVerdicts(verdicts, notes);
    }
}
