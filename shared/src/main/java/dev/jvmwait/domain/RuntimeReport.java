package dev.jvmwait.domain;

/** What {@code GET /api/runtime} answers: which target this is and what it runs on. */
public record RuntimeReport(String target, String framework, String java, int processors) {

    public static RuntimeReport of(String target, String framework) {
        return new RuntimeReport(target, framework, Runtime.version().toString(),
                Runtime.getRuntime().availableProcessors());
    }
}
