package dev.jvmwait.report;

import dev.jvmwait.results.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** A results directory of these results.csv rows (the header added) and this environment.json. */
    static ResultsDirectory of(Path into, String environmentJson, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(ResultRow.FILE.header()));
        lines.addAll(rows);
        Files.write(into.resolve("results.csv"), lines);
        Files.writeString(into.resolve("environment.json"), environmentJson);
        return ResultsDirectory.read(into);
    }

    /** results.csv rows, the header added, read back as the report reads them. */
    static List<ResultRow> rows(Path into, String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(ResultRow.FILE.header()));
        lines.addAll(List.of(rows));
        Path csv = Files.write(into.resolve("results.csv"), lines);
        return ResultRow.FILE.read(csv);
    }
}
