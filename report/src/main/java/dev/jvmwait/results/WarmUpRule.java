package dev.jvmwait.results;

import java.util.Set;

/**
 * What "warm" means, stated once: {@code gatling}'s SteadyState applies it before a target's first step, the
 * harness applies {@link #JIT_BUSY} to every step, and the report states both.
 *
 * <p>Each target is warmed until it is in a steady state, counted over windows of {@link #WINDOW_MS} from the
 * moment as many answers have come back as there are users: steady once each of the last {@link #QUIET_WINDOWS}
 * windows rose less than {@link #RISE} above the best window before it, <em>and</em> in each of them the server's JIT
 * compilers used less than {@link #JIT_BUSY} of its cores (the load generator's are recorded too; they compete only
 * with the load generator, on its own cores, which its CPU share shows).
 * Throughput alone is not enough: at a load that leaves the server's core half idle, throughput is flat from the
 * first second while C2 still takes most of the core, and every CPU figure measured then is the JIT's.
 * Else the profile's cap stops the warm-up. A closed step's window waits, likewise, for a second in which the server's
 * JIT used less than {@link #JIT_BUSY}. A step of a scenario whose lesson measures CPU ({@link #CPU_SCENARIOS}) whose
 * server JIT used {@link #COLD} or more of the server's cores over its measured window is <em>cold</em>: the compiler
 * took CPU from the work measured, and no verdict rests on it. Elsewhere the lessons measure waiting, and the JIT's
 * CPU is part of the server's share, which the machine-bound rule judges; but a step there that fell short of what
 * its lesson asks while its server was {@link #compiling} decides nothing either (lessons 7 and 8). The bar is higher than the warm-up's: a
 * warmed server still compiles now and then (a late C2 compile takes a few hundred milliseconds, a tenth of a
 * two-second window), and that is not a cold server.
 */
public final class WarmUpRule {

    public static final long WINDOW_MS = 1000;
    public static final double RISE = 0.03;
    public static final int QUIET_WINDOWS = 2;
    /** A side whose JIT compiler threads used this share of its cores or more over a warm-up window was still compiling. */
    public static final double JIT_BUSY = 0.10;
    /** A step whose server JIT used this share of its cores or more over the measured window was cold. */
    public static final double COLD = 0.20;

    private WarmUpRule() {
    }

    /** The scenarios whose lessons measure CPU: the compiler's CPU there is taken from the work measured. */
    public static final Set<String> CPU_SCENARIOS = Set.of("cpu", "mistake-cpu", "cost");

    /** Whether a step of this scenario measured a JIT still compiling; {@code null} if the server's JIT was not sampled. */
    public static Boolean cold(String scenario, Double serverJitShare) {
        return serverJitShare == null ? null : CPU_SCENARIOS.contains(scenario) && compiling(serverJitShare);
    }

    /** Whether the server's JIT used {@link #COLD} or more of its cores over a measured window (unknown: no). */
    public static boolean compiling(Double serverJitShare) {
        return serverJitShare != null && serverJitShare >= COLD;
    }
}
