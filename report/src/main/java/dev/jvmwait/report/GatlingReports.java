package dev.jvmwait.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Gatling HTML reports under gatling/, as links relative to the results directory. */
public final class GatlingReports {
    private GatlingReports() {
    }

    /** Relative paths such as {@code gatling/virtual-io-20260101/index.html}, sorted. */
    public static List<String> find(Path resultsDir) throws IOException {
        Path gatling = resultsDir.resolve("gatling");
        if (!Files.isDirectory(gatling)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(gatling, 3)) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> resultsDir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
