package dev.jvmwait.load;

import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM to the server ({@code -DserverPid}), as an orchestrator sends it to stop a service, and when the process
 * then exited: watched every 10 ms from the signal on, by this JVM, which outlives the Gatling run that sent it.
 */
public final class ServerSignal {

    private static final long WATCH_MS = 10;
    private static volatile long signalMs;
    private static volatile long exitMs;
    private static final CountDownLatch EXITED = new CountDownLatch(1);

    private ServerSignal() {
    }

    /** Sends SIGTERM once; {@code false} if no server is known or it had already gone. */
    static synchronized boolean terminate() {
        String pid = System.getProperty("serverPid");
        if (signalMs != 0 || pid == null || pid.isBlank()) {
            return false;
        }
        ProcessHandle server = ProcessHandle.of(Long.parseLong(pid.trim())).orElse(null);
        if (server == null || !server.isAlive()) {
            return false;
        }
        signalMs = System.currentTimeMillis();
        server.destroy();
        Thread.ofPlatform().daemon().name("server-exit").start(() -> {
            while (server.isAlive()) {
                try {
                    Thread.sleep(WATCH_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            exitMs = System.currentTimeMillis();
            EXITED.countDown();
        });
        return true;
    }

    /** Whether this JVM sent the server SIGTERM. */
    public static boolean sent() {
        return signalMs != 0;
    }

    /** When the server exited after SIGTERM (epoch ms), waiting at most {@code capMs} from the signal; empty if not. */
    public static OptionalLong exitedAtMs(long capMs) throws InterruptedException {
        if (signalMs == 0) {
            return OptionalLong.empty();
        }
        long left = signalMs + capMs - System.currentTimeMillis();
        return EXITED.await(Math.max(0, left), TimeUnit.MILLISECONDS) ? OptionalLong.of(exitMs) : OptionalLong.empty();
    }

    public static long signalMs() {
        return signalMs;
    }
}
