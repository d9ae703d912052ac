package dev.jvmwait.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Everything one results directory holds: the measurements and the facts that make them fair. */
public record ResultsDirectory(Path dir, Results results, Environment environment, Settings settings,
                  LoadGenerator loadGenerator, List<String> gatlingReports) {

    public static ResultsDirectory read(Path dir) throws IOException {
        Environment env = Environment.read(dir.resolve("environment.txt"));
        return new ResultsDirectory(dir, Results.read(dir.resolve("results.csv")), env, Settings.read(dir.resolve("settings")),
                LoadGenerator.read(dir, env), GatlingReports.find(dir));
    }
}
