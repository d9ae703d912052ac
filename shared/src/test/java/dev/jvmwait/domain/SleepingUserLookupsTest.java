package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleepingUserLookupsTest {

    @Test
    void lookupWaitsItsDelayThenAnswersTheUser() {
        long start = System.nanoTime();
        User user = new SleepingUserLookups().user(7, Duration.ofMillis(60));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(new User(7, "User 7", "user7@example.com"), user);
        assertTrue(took.compareTo(Duration.ofMillis(55)) >= 0, "waited only " + took.toMillis() + " ms");
    }
}
