package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightBoundTest {

    @Test
    void unsetMeansNoBoundAndAnythingButAWholeNumberAboveZeroIsAnError() {
        assertEquals(Optional.empty(), InFlightBound.of(Map.of()));
        assertEquals(Optional.empty(), InFlightBound.of(Map.of("MAX_IN_FLIGHT", " ")));
        assertEquals(64, InFlightBound.of(Map.of("MAX_IN_FLIGHT", "64")).orElseThrow().max());
        assertThrows(IllegalArgumentException.class, () -> InFlightBound.of(Map.of("MAX_IN_FLIGHT", "0")));
        assertThrows(IllegalArgumentException.class, () -> InFlightBound.of(Map.of("MAX_IN_FLIGHT", "many")));
    }

    @Test
    void refusesPastTheBoundAndAPlaceGivenBackIsTakenAgain() {
        InFlightBound bound = new InFlightBound(2);

        assertTrue(bound.tryEnter());
        assertTrue(bound.tryEnter());
        assertFalse(bound.tryEnter());
        bound.exit();
        assertTrue(bound.tryEnter());

        assertEquals(2, bound.inFlight());
        assertEquals(1, bound.refused());
        assertEquals("2 requests (2 in flight now, 1 refused since start)", bound.describe());
        assertEquals(Problem.of(503, "the service is at its bound of 2 requests in flight: try again in a second", "/api/x"),
                bound.refusal("/api/x"));
    }

    @Test
    void manyThreadsAtOnceNeverHoldMoreThanTheBound() throws InterruptedException {
        InFlightBound bound = new InFlightBound(3);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20_000; i++) {
                        if (bound.tryEnter()) {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            accepted.incrementAndGet();
                            inside.decrementAndGet();
                            bound.exit();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertTrue(most.get() <= 3, "at most the bound at once, saw " + most.get());
        assertEquals(0, bound.inFlight());
        assertEquals(8 * 20_000, accepted.get() + bound.refused(), "every attempt either accepted or refused");
    }
}
