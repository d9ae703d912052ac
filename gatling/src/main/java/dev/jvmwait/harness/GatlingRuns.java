package dev.jvmwait.harness;

import dev.jvmwait.load.RunSimulation;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.StepRecord;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import scala.Console$;

/**
 * One target's Gatling runs in this JVM, one after the other ({@link RunSimulation}, each with the scenarios it is
 * given), every run appending its steps' records to the same file, its console output to the folder's
 * {@code console.log} and its own run folder beside it: which run measured which step (the step's link to its run), and
 * whether any run's assertions failed.
 */
final class GatlingRuns {

    /** Gatling's exit status when an assertion of the simulation failed. */
    private static final int ASSERTIONS_FAILED = 2;

    private final String target;
    private final Path folder;
    private final Path records;
    private final PrintStream console;
    /** Each run's folder, and how many records the file held once it ended. */
    private final List<Path> runFolders = new ArrayList<>();
    private final List<Integer> recordsAfter = new ArrayList<>();
    private int status = 1;
    private boolean assertionsFailed;

    GatlingRuns(String target, Path folder, Path records, PrintStream console) {
        this.target = target;
        this.folder = folder;
        this.records = records;
        this.console = console;
    }

    /**
     * Runs these scenarios' steps in one Gatling run, with its HTML report unless {@code htmlReport} is false (the
     * past-capacity runs, whose HTML reports would cost seconds of the run each); the records of every run so far.
     */
    List<StepRecord> run(List<Scenario> scenarios, boolean htmlReport) throws IOException {
        System.setProperty("scenarios", String.join(",", scenarios.stream().map(Scenario::label).toList()));
        status = gatling(htmlReport);
        assertionsFailed |= status == ASSERTIONS_FAILED;
        runFolders.add(newestRun());
        List<StepRecord> all = Files.exists(records) ? StepRecord.readAll(records) : List.of();
        recordsAfter.add(all.size());
        return all;
    }

    /** The last run's exit status (1 if none ran). */
    int status() {
        return status;
    }

    boolean assertionsFailed() {
        return assertionsFailed;
    }

    /** The folder of the run that measured the {@code index}-th record of the file. */
    Path folderOf(int index) {
        for (int run = 0; run < runFolders.size(); run++) {
            if (index < recordsAfter.get(run)) {
                return runFolders.get(run);
            }
        }
        return folder;
    }

    private int gatling(boolean htmlReport) throws IOException {
        try (PrintStream log = new PrintStream(Files.newOutputStream(folder.resolve("console.log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log);
            try {
                // Gatling prints its summary through Scala's Console, which keeps the stream it first saw.
                List<String> args = new ArrayList<>(List.of("-s", RunSimulation.class.getName(), "-rf", folder.toString(),
                        "-rd", target));
                if (!htmlReport) {
                    args.add("-nr");
                }
                return (Integer) Console$.MODULE$.withOut(log, () -> Gatling$.MODULE$.fromArgs(args.toArray(String[]::new)));
            } catch (RuntimeException e) {
                e.printStackTrace(log);
                return 1;
            } finally {
                System.setOut(console);
                System.setErr(console);
            }
        }
    }

    /** The newest run folder Gatling wrote. */
    private Path newestRun() throws IOException {
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparingLong(run -> run.toFile().lastModified()))
                    .orElse(folder);
        }
    }
}
