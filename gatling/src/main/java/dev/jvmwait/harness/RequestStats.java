package dev.jvmwait.harness;

/** Gatling's numbers for one request name: counts, and response times in milliseconds. */
public record RequestStats(String name, long total, long ok, long ko, long min, long p50, long p75, long p95,
                           long p99, long max, long mean) {
}
