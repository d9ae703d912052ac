package dev.jvmwait.results;

/**
 * What results.csv's {@code warm_up_s} and {@code warm_up_steady} mean: each target is warmed until its
 * throughput stops rising, counted over windows of {@link #WINDOW_MS} from the moment as many answers have
 * come back as there are users: steady once each of the last
 * {@link #QUIET_WINDOWS} windows rose less than {@link #RISE} above the best window before it; else the
 * profile's cap stops it. Stated once here: {@code gatling}'s SteadyState applies it, the report states it.
 */
public final class WarmUpRule {

    public static final long WINDOW_MS = 1000;
    public static final double RISE = 0.03;
    public static final int QUIET_WINDOWS = 2;

    private WarmUpRule() {
    }
}
