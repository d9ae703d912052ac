package dev.jvmwait.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The warm-up stops once the target is steady (throughput no longer rising, the server's JIT quiet), and never later than its cap. */
class SteadyStateTest {

    private static List<SteadyState.Window> quiet(Double... rps) {
        return java.util.Arrays.stream(rps).map(r -> new SteadyState.Window(r, 0.0, 0.0)).toList();
    }

    @Test
    void steadyOnceTwoWindowsInARowRoseLessThanThreePercentOverTheBestBefore() {
        assertFalse(SteadyState.steady(quiet(3000.0, 7000.0), true), "too few windows to tell");
        assertFalse(SteadyState.steady(quiet(3000.0, 7000.0, 7100.0), true), "7,000 rose 133% over 3,000");
        assertTrue(SteadyState.steady(quiet(3000.0, 7000.0, 7100.0, 7150.0), true));
        assertFalse(SteadyState.steady(quiet(3000.0, 7000.0, 7100.0, 7400.0), true), "7,400 is 4% above 7,100");
        assertTrue(SteadyState.steady(quiet(3000.0, 7000.0, 6500.0, 6900.0), true), "a dip is not a rise");
    }

    @Test
    void aFlatThroughputIsNotSteadyWhileTheServersJitIsStillCompiling() {
        List<SteadyState.Window> serverCompiling = List.of(new SteadyState.Window(2000, 0.5, 0.0),
                new SteadyState.Window(2000, 0.4, 0.0), new SteadyState.Window(2000, 0.3, 0.0));
        List<SteadyState.Window> gatlingCompiling = List.of(new SteadyState.Window(2000, 0.0, 0.5),
                new SteadyState.Window(2000, 0.0, 0.4), new SteadyState.Window(2000, 0.0, 0.3));
        List<SteadyState.Window> done = List.of(new SteadyState.Window(2000, 0.5, 0.3),
                new SteadyState.Window(2000, 0.09, 0.05), new SteadyState.Window(2000, 0.02, 0.0));

        assertFalse(SteadyState.steady(serverCompiling, true), "C2 at 30-50% of the server's core");
        assertTrue(SteadyState.steady(gatlingCompiling, true), "the load generator's JIT busies only its own core");
        assertTrue(SteadyState.steady(done, true));
    }

    @Test
    void aMixOfRequestsIsSteadyOnJitsAloneItsThroughputMovesWithTheMix() {
        List<SteadyState.Window> mix = List.of(new SteadyState.Window(3000, 0.5, 0.0),
                new SteadyState.Window(9000, 0.02, 0.0), new SteadyState.Window(14000, 0.0, 0.0));

        assertFalse(SteadyState.steady(mix, true));
        assertTrue(SteadyState.steady(mix, false));
    }

    @Test
    void eachWindowReadsBothJitsAsAShareOfTheirSidesCores() throws InterruptedException {
        AtomicLong serverJitUs = new AtomicLong();
        SteadyState.JitClock server = new SteadyState.JitClock() {
            @Override
            public long cpuUs() {
                return serverJitUs.get();
            }

            @Override
            public int cores() {
                return 2;
            }
        };
        SteadyState warm = new SteadyState(10, 1, server, SteadyState.JitClock.NONE);
        warm.startOnce();
        warm.answered();
        serverJitUs.addAndGet(1_000_000); // a second of C2 over the window, on 2 cores
        Thread.sleep(1050);
        warm.answered();
        warm.running();

        SteadyState.Window window = warm.result().windows().getFirst();
        assertEquals(0.5, window.serverJitShare(), 0.06);
        assertEquals(null, window.loadgenJitShare(), "not sampled");
    }

    @Test
    void theCapEndsAWarmUpThatKeepsRising() throws InterruptedException {
        SteadyState warm = new SteadyState(0.5, 1, SteadyState.JitClock.NONE, SteadyState.JitClock.NONE);
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
        SteadyState warm = new SteadyState(10, 1000, SteadyState.JitClock.NONE, SteadyState.JitClock.NONE);
        warm.startOnce();
        for (int i = 0; i < 999; i++) {
            warm.answered();
        }
        Thread.sleep(1100);

        assertTrue(warm.running(), "no window closed: the users have not all had an answer");
        assertEquals(List.of(), warm.result().windows());
    }

    @Test
    void phasesInTurnAddTheirTimesAndAreSteadyOnlyIfEachWas() {
        SteadyState.Result paths = new SteadyState.Result(12.0, true, quiet(1000.0));
        SteadyState.Result io = new SteadyState.Result(6.5, false, quiet(2000.0));

        SteadyState.Result both = SteadyState.Result.inTurn(List.of(paths, io));
        assertEquals(18.5, both.seconds());
        assertFalse(both.steady());
        assertEquals(2, both.windows().size());
    }
}
