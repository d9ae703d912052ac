package dev.jvmwait.load;

import java.util.Locale;

/**
 * The three run sizes of {@code compare.sh}: how long each target's JVM warms before its first step, how long
 * each step warms and measures, how fast the probe sends, and whether a failed request fails the run. What
 * each scenario runs in each profile is in {@link Scenario}.
 */
public enum Profile {
    //      JIT warm-up s  step warm-up s  step s  probe req/s  fail on errors
    DEFAULT(10,            1,              2.5,    20,          false),
    /** A first picture in under 3 minutes: the lessons that show at a glance, and the ceiling. */
    QUICK(  2,             1,              1.2,    20,          false),
    /** Every scenario against every target, steps just long enough to see answers: CI, in under 3 minutes. */
    SMOKE(  0,             0.2,            0.5,    10,          true);

    private final double jitWarmS;
    private final double warmS;
    private final double stepS;
    private final double probeRps;
    private final boolean failOnErrors;

    Profile(double jitWarmS, double warmS, double stepS, double probeRps, boolean failOnErrors) {
        this.jitWarmS = jitWarmS;
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

    /** Unmeasured zero-delay load before a target's first step, so that both JVMs have compiled their hot paths. */
    public double jitWarmS() {
        return jitWarmS;
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
