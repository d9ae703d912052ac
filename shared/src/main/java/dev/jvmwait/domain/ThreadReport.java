package dev.jvmwait.domain;

/** Which thread ran a handler: what {@code GET /api/thread} answers. */
public record ThreadReport(String name, boolean virtual, boolean eventLoop) {

    /** Describes the calling thread; only the framework knows whether it is an event loop. */
    public static ThreadReport current(boolean eventLoop) {
        Thread thread = Thread.currentThread();
        String name = thread.getName().isEmpty() ? thread.toString() : thread.getName();
        return new ThreadReport(name, thread.isVirtual(), eventLoop);
    }
}
