package dev.jvmwait.domain;

/**
 * How many carriers the JDK's virtual-thread scheduler runs: {@code -Djdk.virtualThreadScheduler.parallelism} if set,
 * else one per core. The project leaves the JDK's default for both virtual-thread targets alike: one carrier per core
 * of the server (docs/HARNESS.md, "Fair server settings", says what two carriers on one core did).
 */
public final class VirtualThreadCarriers {

    private VirtualThreadCarriers() {
    }

    /** How {@code /internal/settings} describes the scheduler. */
    public static String describe() {
        String set = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        return set != null ? set + " (jdk.virtualThreadScheduler.parallelism)"
                : Runtime.getRuntime().availableProcessors() + " (the JDK's default: one per core)";
    }
}
