package dev.jvmwait.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One row of steps.csv: what the harness saw around a step besides its latencies: the CPU each side
 * used (percent of one core), the load generator's CPU per request, the unmeasured warm-up and probe
 * requests, and the step's Gatling HTML report (a link for the reader; the numbers come from the simulation's own records).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StepCpuRow(String target, String scenario, String step, Double durationS, Long requests, Double rps,
                         Double serverCpuPct, Double loadgenCpuPct, Double loadgenCpuUsPerReq, Long warmupRequests,
                         Long probeRequests, String gatlingReport) {

    /** steps.csv, read and appended by its header. */
    public static final CsvFile<StepCpuRow> FILE = new CsvFile<>(StepCpuRow.class);
}
