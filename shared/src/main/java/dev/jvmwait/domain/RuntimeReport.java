package dev.jvmwait.domain;

/** What {@code GET /api/runtime} answers: which target this is, what it runs on, and what its lookups wait on. */
public record RuntimeReport(String target, String framework, String java, int processors, String backend) {

    public static RuntimeReport of(String target, String framework, Backend backend) {
        return new RuntimeReport(target, framework, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors(), backend.label());
    }
}
