package dev.jvmwait.load;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The response times of one request name in one step, in whole milliseconds (Gatling's resolution):
 * the numbers a row reports, and the HdrHistogram they come from, compressed, so that steps can be
 * merged or other percentiles read later.
 *
 * @param count every request of this name, failed or not
 * @param ko the failed ones (a status other than 200, or no response)
 * @param histogram {@link Histogram#encodeIntoCompressedByteBuffer}, base 64
 */
public record Latencies(long count, long ko, long p50Ms, long p95Ms, long p99Ms, long maxMs, String histogram) {

    /** No request of this name. */
    public static final Latencies NONE = of(new Histogram(RequestTimes.SIGNIFICANT_DIGITS), 0);

    static Latencies of(Histogram times, long ko) {
        ByteBuffer buffer = ByteBuffer.allocate(times.getNeededByteBufferCapacity());
        times.encodeIntoCompressedByteBuffer(buffer);
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return new Latencies(times.getTotalCount(), ko, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times.getTotalCount() == 0 ? 0 : times.getMaxValue(),
                Base64.getEncoder().encodeToString(bytes));
    }

    public long ok() {
        return count - ko;
    }

    /** The histogram these numbers come from. */
    public Histogram decode() {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(histogram)), 0);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a compressed HdrHistogram", e);
        }
    }

    private static long percentile(Histogram times, double percentile) {
        return times.getTotalCount() == 0 ? 0 : times.getValueAtPercentile(percentile);
    }
}
