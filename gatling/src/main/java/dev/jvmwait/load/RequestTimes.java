package dev.jvmwait.load;

import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Records the response times of one request name in one step as Gatling's virtual users get their
 * answers: an HdrHistogram {@link Recorder} (wait-free for the recording threads) in milliseconds, and a
 * count of the failed requests.
 */
final class RequestTimes {

    /** Three significant digits: exact up to 2,047 ms, within 0.1 % above. */
    static final int SIGNIFICANT_DIGITS = 3;

    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
    private final Histogram sofar = new Histogram(SIGNIFICANT_DIGITS);
    private final LongAdder ko = new LongAdder();

    void record(long millis, boolean failed) {
        recorder.recordValue(Math.max(0, millis));
        if (failed) {
            ko.increment();
        }
    }

    /** Everything recorded so far. */
    synchronized Latencies latencies() {
        sofar.add(recorder.getIntervalHistogram());
        return Latencies.of(sofar, ko.sum());
    }
}
