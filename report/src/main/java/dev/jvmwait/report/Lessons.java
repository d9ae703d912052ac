package dev.jvmwait.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seed's five lessons, in the order the report opens with them. No verdict rests on a machine-bound
 * step ({@link Capacity#machineBound}): a confirmed or contradicted verdict whose deciding step measured
 * the machine becomes inconclusive, with that step and its reason stated.
 */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new IoLesson(), new FanoutLesson(), new CpuLesson(), new MistakeBlockingLesson(), new MistakeCpuLesson());

    private Lessons() {
    }

    public static List<LessonResult> evaluate(ResultsDirectory run) {
        Capacity capacity = new Capacity(run);
        return ALL.stream().map(l -> notOnMachineBoundSteps(l, l.evaluate(run, capacity), run, capacity)).toList();
    }

    private static LessonResult notOnMachineBoundSteps(Lesson lesson, LessonResult result, ResultsDirectory run,
                                                       Capacity capacity) {
        List<TargetVerdict> verdicts = result.verdicts().stream().map(v -> {
            if (v.verdict() != Verdict.CONFIRMED && v.verdict() != Verdict.CONTRADICTED) {
                return v;
            }
            Optional<Measurement> bound = lesson.decidingSteps(run, capacity, v.target(), result.scenario()).stream()
                    .filter(run.machineBound()::isMachineBound).findFirst();
            return bound.map(m -> new TargetVerdict(v.target(), Verdict.INCONCLUSIVE, v.evidence()
                    + "; but this rests on a machine-bound step (" + m.scenario() + " " + m.step() + ": "
                    + Capacity.machineBoundReason(m.scenario(), run.machineBound().of(m).loadgenShare(),
                            run.machineBound().of(m).serverShare()).orElse("machine-bound")
                    + "), so it measured the machine, not the style (it would have been "
                    + v.verdict().label() + ")")).orElse(v);
        }).toList();
        List<String> marked = run.results().targets().stream()
                .flatMap(t -> run.results().steps(t, result.scenario()).stream())
                .filter(run.machineBound()::isMachineBound)
                .map(m -> m.target() + " " + m.step() + " (" + run.machineBound().of(m).label(m.scenario()).substring("yes: ".length()) + ")")
                .toList();
        List<String> notes = new ArrayList<>(result.notes());
        if (!marked.isEmpty()) {
            notes.add("Machine-bound steps of `" + result.scenario() + "` (they measured the machine, not the style; no"
                    + " verdict rests on them): " + String.join("; ", marked) + ".");
        }
        return new LessonResult(result.number(), result.title(), result.claim(), result.experiment(), result.scenario(),
                result.rules(), result.numbers(), verdicts, notes);
    }
}
