package dev.jvmwait.load;

import java.util.List;
import java.util.Locale;

/**
 * The three run sizes of {@code compare.sh}, and its load generator's training run: how long, at most, each target warms to a steady state before its
 * first step ({@link WarmUp}), how long each step warms (at least, and at most while the server's JIT is busy) and
 * measures, how fast the probe sends, and whether a failed request fails the run. What
 * each scenario runs in each profile is in {@link Scenario}.
 */
public enum Profile {
    //      warm-up cap s  step warm-up s  JIT wait cap s  step s  probe req/s  fail on errors  targets (none: all)
    DEFAULT(60,            1,              10,             2,      50,          false,          List.of()),
    /**
     * A first picture in under 3 minutes: one target of each way to wait, the lessons that show at a glance, each
     * target warmed by the same rule as in the default run. Warming takes 15-25 s of a lone core per target (C2
     * compiling the stack), so five targets and three lessons would not fit; the default run measures them all.
     */
    QUICK(  40,            1,              10,             2,      50,          false,          List.of("blocking", "virtual", "reactive")),
    /** Every scenario against every target, steps just long enough to see answers: CI (mostly the services' starts). */
    SMOKE(  0,             0.2,            0,              0.5,    10,          true,           List.of()),
    /**
     * Not a measurement: the load generator's training run, whose JVM leaves its AOT cache behind (compare.sh's
     * {@code train_loadgen}), the default run's loads over short steps, so that Gatling's own request path is profiled at
     * the rates the ladders offer before any target is measured, and every target meets the same load generator.
     */
    TRAIN(  0,             1,              0,              1,      50,          false,          List.of());

    private final double warmUpCapS;
    private final double warmS;
    private final double jitWaitCapS;
    private final double stepS;
    private final double probeRps;
    private final boolean failOnErrors;
    private final List<String> targets;

    Profile(double warmUpCapS, double warmS, double jitWaitCapS, double stepS, double probeRps, boolean failOnErrors,
            List<String> targets) {
        this.warmUpCapS = warmUpCapS;
        this.warmS = warmS;
        this.jitWaitCapS = jitWaitCapS;
        this.stepS = stepS;
        this.probeRps = probeRps;
        this.failOnErrors = failOnErrors;
        this.targets = targets;
    }

    /** {@code default}, {@code quick} or {@code smoke}, as compare.sh's options name them; {@code train}, as it trains. */
    public static Profile named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The most a target is warmed before its first step: the io steps' requests at their top concurrency until it is
     * steady ({@link SteadyState}: throughput no longer rising, the server's JIT quiet), or this many seconds; 0: no warm-up.
     */
    public double warmUpCapS() {
        return warmUpCapS;
    }

    /** Unmeasured load at the step's own level before its window opens. */
    public double warmS() {
        return warmS;
    }

    /**
     * The most a closed step's window waits on after its warm-up for the server's JIT to be quiet (a path the warm-up did
     * not run is compiled first); 0: it does not wait.
     */
    public double jitWaitCapS() {
        return jitWaitCapS;
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

    /** The targets this profile measures unless told which (compare.sh asks {@code Plan}); empty: every one. */
    public List<String> targets() {
        return targets;
    }
}
