package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    @Test
    void dataIsDerivedFromTheIdAlone() {
        assertEquals(new User(42, "User 42", "user42@example.com"), UserDirectory.user(42));
        assertEquals(new Profile(42, "Bio of user 42", (42 * 7919) % 10007), UserDirectory.profile(42));
        assertEquals(List.of(new Post(421, 42, "Post 1 of user 42"), new Post(422, 42, "Post 2 of user 42"),
                new Post(423, 42, "Post 3 of user 42")), UserDirectory.posts(42));
    }

    @Test
    void followersStayBelowTheModulusForTheLastUser() {
        assertEquals((1_000_000L * 7919) % 10007, UserDirectory.profile(1_000_000).followers());
    }

    @Test
    void fibonacciIsTheClassicSequence() {
        assertEquals(new Fibonacci(0, 0), Fibonacci.compute(0));
        assertEquals(new Fibonacci(1, 1), Fibonacci.compute(1));
        assertEquals(new Fibonacci(25, 75025), Fibonacci.compute(25));
        assertEquals(102334155L, Fibonacci.compute(40).result());
    }

    @Test
    void sleepingLookupsWaitTheirDelay() {
        long start = System.nanoTime();
        assertEquals(UserDirectory.user(7), new SleepingUserLookups().user(7, Duration.ofMillis(60)));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(55).toNanos());
    }

    @Test
    void postStoreGivesEachPostANewIdAndFindsItAgain() {
        PostStore store = new PostStore();
        StoredPost first = store.save(new NewPost(1, "a", "b"));
        StoredPost second = store.save(new NewPost(1, "a", "b"));
        assertNotEquals(first.id(), second.id());
        assertEquals(first, store.get(first.id()));
        assertEquals("/api/posts/" + second.id(), PostStore.location(second));
        ApiException missing = assertThrows(ApiException.class, () -> store.get(999));
        assertEquals(404, missing.status());
    }

    @Test
    void problemIsTitledByItsStatus() {
        assertEquals(new Problem("about:blank", "Not Found", 404, "gone", "/api/x"), Problem.of(404, "gone", "/api/x"));
        assertEquals("Content Too Large", Problem.of(413, "d", "/").title());
    }
}
