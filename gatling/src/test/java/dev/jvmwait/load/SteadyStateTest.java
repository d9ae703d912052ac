package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up stops once the throughput stops rising, and never later than its cap. */
class SteadyStateTest {

    @Test
    void steadyOnceTwoWindowsInARowRoseLessThanThreePercentOverTheBestBefore() {
        assertFalse(SteadyState.stoppedRising(List.of(3000.0, 7000.0)), "too few windows to tell");
        assertFalse(SteadyState.stoppedRising(List.of(3000.0, 7000.0, 7100.0)), "7,000 rose 133% over 3,000");
        assertTrue(SteadyState.stoppedRising(List.of(3000.0, 7000.0, 7100.0, 7150.0)));
        assertFalse(SteadyState.stoppedRising(List.of(3000.0, 7000.0, 7100.0, 7400.0)), "7,400 is 4% above 7,100");
        assertTrue(SteadyState.stoppedRising(List.of(3000.0, 7000.0, 6500.0, 6900.0)), "a dip is not a rise");
    }

    @Test
    void theCapEndsAWarmUpThatKeepsRising() throws InterruptedException {
        SteadyState warm = new SteadyState(0.5, 1);
        warm.startOnce();
        warm.answered();
        assertTrue(warm.running());
        Thread.sleep(600);

        assertFalse(warm.running(), "past the 0.5 s cap");
        assertFalse(warm.result().steady());
        assertTrue(warm.result().seconds() >= 0.5, warm.result().toString());
    }

    @Test
    void windowsStartOnlyOnceEveryUserHadAnAnswer() throws InterruptedException {
        SteadyState warm = new SteadyState(10, 1000);
        warm.startOnce();
        for (int i = 0; i < 999; i++) {
            warm.answered();
        }
        Thread.sleep(1100);

        assertTrue(warm.running(), "no window closed: the users have not all had an answer");
        assertEquals(List.of(), warm.result().windowsRps());
    }
}
