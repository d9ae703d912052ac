package dev.jvmwait.load;

import java.util.Locale;

/**
 * The three run sizes of {@code compare.sh}: how long, at most, each target warms to a steady state before its
 * first step ({@link WarmUpSimulation}), how long
 * each step warms and measures, how fast the probe sends, and whether a failed request fails the run. What
 * each scenario runs in each profile is in {@link Scenario}.
 */
public enum Profile {
    //      warm-up cap s  step warm-up s  step s  probe req/s  fail on errors
    DEFAULT(30,            1,              2.5,    20,          false),
    /**
     * A first picture in under 3 minutes: the lessons that show at a glance, and the ceiling. Each step warms
     * for half a second only: the target comes to it warmed at the io steps' top concurrency.
     */
    QUICK(  6,             0.5,            1.2,    20,          false),
    /** Every scenario against every target, steps just long enough to see answers: CI, in under 3 minutes. */
    SMOKE(  0,             0.2,            0.5,    10,          true);

    private final double warmUpCapS;
    private final double warmS;
    private final double stepS;
    private final double probeRps;
    private final boolean failOnErrors;

    Profile(double warmUpCapS, double warmS, double stepS, double probeRps, boolean failOnErrors) {
        this.warmUpCapS = warmUpCapS;
        this.warmS = warmS;
        this.stepS = stepS;
        this.probeRps = probeRps;
        this.failOnErrors = failOnErrors;
    }

    /** {@code default}, {@code quick} or {@code smoke}, as compare.sh's options name them. */
    public static Profile named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The most a target is warmed before its first step: the io steps' requests at their top concurrency until
     * the throughput stops rising ({@link SteadyState}), or this many seconds; 0: no warm-up.
     */
    public double warmUpCapS() {
        return warmUpCapS;
    }

    /** Unmeasured load at the step's own level before its window opens. */
    public double warmS() {
        return warmS;
    }

    /** The measured window of a step, unless its scenario sets its own. */
    public double stepS() {
        return stepS;
    }

    public double probeRps() {
        return probeRps;
    }

    public boolean failOnErrors() {
        return failOnErrors;
    }
}
