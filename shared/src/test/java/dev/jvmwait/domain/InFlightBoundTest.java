package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightBoundTest {

    @Test
    void unsetMeansNoBoundAndAnythingButAWholeNumberAboveZeroOrNoneIsAnError() {
        assertEquals(0, InFlightBound.of(Map.of()).max());
        assertEquals(0, InFlightBound.of(Map.of("MAX_IN_FLIGHT", " ")).max());
        assertEquals(64, InFlightBound.of(Map.of("MAX_IN_FLIGHT", "64")).max());
        assertEquals(0, InFlightBound.parse("none"));
        assertThrows(IllegalArgumentException.class, () -> InFlightBound.of(Map.of("MAX_IN_FLIGHT", "0")));
        assertThrows(IllegalArgumentException.class, () -> InFlightBound.of(Map.of("MAX_IN_FLIGHT", "many")));
        assertThrows(IllegalArgumentException.class, () -> InFlightBound.parse("-3"));
    }

    @Test
    void withoutABoundNothingIsRefusedButTheRequestsInFlightAreCounted() {
        InFlightBound bound = InFlightBound.of(Map.of());
        for (int i = 0; i < 1_000; i++) {
            assertTrue(bound.tryEnter());
        }
        assertEquals(1_000, bound.inFlight());
        assertEquals("none: Tomcat's own", bound.describe("none: Tomcat's own"));
        bound.set(2_000);
        assertEquals("2000 requests (1000 in flight now, 0 refused since start)", bound.describe("none: Tomcat's own"));
    }

    @Test
    void aBoundSetWhileRequestsAreInFlightCountsThemAndRemovingItRefusesNoMore() {
        InFlightBound bound = InFlightBound.of(Map.of());
        assertTrue(bound.tryEnter());
        assertTrue(bound.tryEnter());
        bound.set(2);
        assertFalse(bound.tryEnter(), "two were in flight before the bound was set");
        bound.exit();
        assertTrue(bound.tryEnter());
        bound.set(InFlightBound.parse("none"));
        assertTrue(bound.tryEnter());
        assertEquals(3, bound.inFlight());
        assertEquals(1, bound.refused());
    }

    @Test
    void refusesPastTheBoundAndAPlaceGivenBackIsTakenAgain() {
        InFlightBound bound = InFlightBound.of(Map.of("MAX_IN_FLIGHT", "2"));

        assertTrue(bound.tryEnter());
        assertTrue(bound.tryEnter());
        assertFalse(bound.tryEnter());
        bound.exit();
        assertTrue(bound.tryEnter());

        assertEquals(2, bound.inFlight());
        assertEquals(1, bound.refused());
        assertEquals("2 requests (2 in flight now, 1 refused since start)", bound.describe("none"));
        assertEquals(Problem.of(503, "the service is at its bound of 2 requests in flight: try again in a second", "/api/x"),
                bound.refusal("/api/x"));
    }

    @Test
    void manyThreadsAtOnceNeverHoldMoreThanTheBound() throws InterruptedException {
        InFlightBound bound = InFlightBound.of(Map.of("MAX_IN_FLIGHT", "3"));
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
