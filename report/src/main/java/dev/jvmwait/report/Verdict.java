package dev.jvmwait.report;

/** What a measurement says about a lesson, for one target. */
public enum Verdict {
    CONFIRMED("confirmed"),
    CONTRADICTED("contradicted"),
    INCONCLUSIVE("inconclusive"),
    NOT_MEASURED("not measured"),
    NOT_APPLICABLE("not applicable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
