package dev.jvmwait.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a stored results directory from the test resources into a temporary one the report may write into. */
final class StoredResults {
    private StoredResults() {
    }

    static Path copy(String name, Path into) {
        try {
            Path source = Path.of(StoredResults.class.getResource("/results/" + name).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = into.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResultsDirectory run(String name, Path into) throws IOException {
        return ResultsDirectory.read(copy(name, into));
    }
}
