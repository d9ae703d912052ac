package dev.jvmwait.harness;

/**
 * What a step of the past-capacity experiment adds to its row beyond its requests: the capacity its rates are multiples
 * of, the bound the service ran with, whether it was started right after a {@code kill -9}, whether (and of what) the
 * server died by the end of the step, how long it took to exit after SIGTERM, and its heap's peak. {@link #NONE}
 * elsewhere.
 */
record PastCapacity(Double capacityRps, Integer bound, Boolean afterKill, String died, Double exitS, Double heapPeakMb) {

    static final PastCapacity NONE = new PastCapacity(null, null, null, null, null, null);
}
