package dev.jvmwait.report;

/**
 * A lesson's verdict for one target, with the numbers that decided it: {@code key} is the lesson's key number for this
 * target (what {@link LessonResult#keyName()} names), and, in a repeated run, {@code agreement} says in how many rounds,
 * judged alone, the verdict came out the same, and how far the key number spread.
 */
public record TargetVerdict(String target, Verdict verdict, String evidence, Double key, Agreement agreement) {

    /** Over the rounds of a repeated run: how many gave this verdict, of how many, and the key number's lowest and highest. */
    public record Agreement(int agreeing, int rounds, Double keyLow, Double keyHigh) {
    }

    public TargetVerdict(String target, Verdict verdict, String evidence) {
        this(target, verdict, evidence, null, null);
    }

    public TargetVerdict(String target, Verdict verdict, String evidence, Double key) {
        this(target, verdict, evidence, key, null);
    }

    public TargetVerdict withAgreement(Agreement agreement) {
        return new TargetVerdict(target, verdict, evidence, key, agreement);
    }

    /** {@code confirmed}, or in a repeated run {@code confirmed (3 of 3)}. */
    public String label() {
        return agreement == null ? verdict.label() : verdict.label() + " (" + agreement.agreeing() + " of " + agreement.rounds() + ")";
    }
}
