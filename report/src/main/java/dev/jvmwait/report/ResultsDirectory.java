package dev.jvmwait.report;

import dev.jvmwait.results.Environment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything one results directory holds: the measurements and the facts that make them fair. */
public record ResultsDirectory(Path dir, Results results, Optional<Environment> environment, Settings settings,
                               List<String> gatlingReports, StepValidity validity) {

    public static ResultsDirectory read(Path dir) throws IOException {
        Optional<Environment> environment = Environment.read(dir);
        return new ResultsDirectory(dir, Results.read(dir.resolve("results.csv")), environment,
                Settings.read(dir.resolve("settings")), GatlingReports.find(dir), StepValidity.read(dir, environment));
    }

    /** The same directory with only the rows of one round of a repeated run ({@link Results#round}). */
    public ResultsDirectory round(int round) {
        return new ResultsDirectory(dir, results.round(round), environment, settings, gatlingReports, validity);
    }

    /** The cores the server could run on, if the run recorded them. */
    public Optional<Integer> serverCores() {
        return environment.map(Environment::serverCores);
    }
}
