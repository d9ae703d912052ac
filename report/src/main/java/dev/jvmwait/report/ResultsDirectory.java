package dev.jvmwait.report;

import dev.jvmwait.results.Environment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything one results directory holds: the measurements and the facts that make them fair. */
public record ResultsDirectory(Path dir, Results results, Optional<Environment> environment, Settings settings,
                               LoadGenerator loadGenerator, List<String> gatlingReports,
                               MachineBound machineBound) {

    public static ResultsDirectory read(Path dir) throws IOException {
        Optional<Environment> environment = Environment.read(dir);
        int gatlingCores = environment.map(Environment::gatlingCores).orElse(1);
        return new ResultsDirectory(dir, Results.read(dir.resolve("results.csv")), environment,
                Settings.read(dir.resolve("settings")), LoadGenerator.read(dir, gatlingCores), GatlingReports.find(dir),
                MachineBound.read(dir, environment));
    }

    /** The cores the server could run on, if the run recorded them. */
    public Optional<Integer> serverCores() {
        return environment.map(Environment::serverCores);
    }
}
