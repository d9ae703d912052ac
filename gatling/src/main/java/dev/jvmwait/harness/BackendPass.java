package dev.jvmwait.harness;

/**
 * What a target's lookups waited on while it was measured: the simulated wait, or a real backend and the pool the
 * service reported for it ({@code /internal/settings}), whether that was the framework's default or the run set it.
 *
 * @param backend {@code sleep}, {@code postgres} or {@code http}
 * @param pool the pool's size as the service reported it; {@code null} over sleep, or where it did not say
 * @param poolDefault whether the service ran with its framework's default pool; {@code null} over sleep
 */
record BackendPass(String backend, Integer pool, Boolean poolDefault) {

    static final BackendPass SLEEP = new BackendPass("sleep", null, null);

    /** The label of the target's Gatling folder for this pass: empty over sleep, {@code -postgres-default-pool}, ... */
    String folderSuffix() {
        return backend.equals("sleep") ? "" : "-" + backend + (Boolean.FALSE.equals(poolDefault) ? "-pool-" + pool : "-default-pool");
    }
}
