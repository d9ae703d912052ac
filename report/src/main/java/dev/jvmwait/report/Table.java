package dev.jvmwait.report;

import java.util.List;

/** A table of already formatted cells, written the same way into Markdown and HTML. */
public record Table(List<String> headers, List<List<String>> rows) {
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
