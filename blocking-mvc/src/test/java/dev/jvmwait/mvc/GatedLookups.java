package dev.jvmwait.mvc;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import dev.jvmwait.domain.UserLookups;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;

/** Lookups a test controls: each counts itself in flight and waits at a gate until the test lets it through. */
@Primary
class GatedLookups implements UserLookups {

    /** Only so that a broken test fails instead of hanging. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Semaphore gate = new Semaphore(0);
    private int started;
    private int inFlight;
    private int mostInFlight;
    private final Set<Thread> threads = new HashSet<>();

    @Override
    public User user(long id, Duration delay) {
        return pass(() -> UserDirectory.user(id));
    }

    @Override
    public Profile profile(long id, Duration delay) {
        return pass(() -> UserDirectory.profile(id));
    }

    @Override
    public List<Post> posts(long id, Duration delay) {
        return pass(() -> UserDirectory.posts(id));
    }

    /** Waits until {@code count} lookups have started since the last {@link #reset()}. */
    synchronized void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (started < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(count + " lookups should have started; " + started + " did");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Lets {@code count} more lookups through the gate, those waiting first. */
    void letThrough(int count) {
        gate.release(count);
    }

    synchronized int started() {
        return started;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int mostInFlight() {
        return mostInFlight;
    }

    /** How many threads made the lookups. */
    synchronized int threads() {
        return threads.size();
    }

    /** Closes the gate and forgets every count, for the next test. */
    synchronized void reset() {
        gate.drainPermits();
        started = 0;
        inFlight = 0;
        mostInFlight = 0;
        threads.clear();
    }

    private <T> T pass(Supplier<T> answer) {
        enter();
        try {
            gate.acquireUninterruptibly();
            return answer.get();
        } finally {
            leave();
        }
    }

    private synchronized void enter() {
        started++;
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    private synchronized void leave() {
        inFlight--;
        notifyAll();
    }
}
