package dev.jvmwait.report;

import java.util.List;

/** A table of already formatted cells, as summary.md shows it (and report.html, rendered from it). */
public record Table(List<String> headers, List<List<String>> rows) {
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
