package dev.jvmwait.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * environment.json: how a run was made, so that it can be judged fair and repeated. compare.sh knows the
 * profile, the flags, the core split and the knobs; the JVM that writes the file adds the date, the JDK
 * and the memory. A fact not recorded (an older run) is {@code null}.
 *
 * @param serverCores the cores the server processes could run on (pinned, or all of them)
 * @param gatlingCores the cores the load generator could run on
 * @param jitWarmUpS unmeasured zero-delay load after each service starts, for a fixed time (runs before the
 *     warm-up to steady state; newer runs record {@code warmUpCapS} instead)
 * @param stepWarmUpS unmeasured load at each step's own level before its window opens
 * @param external target → URL of a service started elsewhere (not sampled)
 * @param warmUpCapS the most each target was warmed to a steady state before its first step (how long each
 *     took is in results.csv, {@code warm_up_s})
 * @param jitWaitCapS the most a closed step's window waited on for the server's JIT to be quiet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Environment(String date, String profile, Integer repeat, String os, Integer cores, String cpuModel,
                          Double memoryGib, String jdk, List<String> serverJvmFlags, List<String> gatlingJvmFlags,
                          String cpuSplit, Integer serverCores, Integer gatlingCores, Double jitWarmUpS,
                          Double stepWarmUpS, List<String> targets, List<String> scenarios, List<String> knobs,
                          String commit, Map<String, String> external, Double warmUpCapS, Double jitWaitCapS,
                          String backend) {

    public static final String FILE_NAME = "environment.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The environment of a results directory, if it has one. */
    public static Optional<Environment> read(Path resultsDir) throws IOException {
        Path file = resultsDir.resolve(FILE_NAME);
        return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), Environment.class)) : Optional.empty();
    }

    public void write(Path resultsDir) throws IOException {
        JSON.writeValue(resultsDir.resolve(FILE_NAME).toFile(), this);
    }
}
