package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says how long each target was warmed, from results.csv; older runs did not record it. */
class WarmUpTableTest {

    @TempDir
    Path dir;

    @Test
    void eachTargetsWarmUpIsShownAndAnOldRunHasNone() throws IOException {
        String empty = ",,,,,,"; // ideal_rps … probe_p99_ms
        ResultsDirectory run = StoredResults.of(dir, "{\"warmUpCapS\": 30, \"stepWarmUpS\": 1}", List.of(
                "blocking,io,1,200,,100,,2.5,4867,4867,0,1946,102,108,114,123" + empty + ",0.3,0.5,false,7.0,true",
                "virtual,io,1,200,,100,,2.5,4867,4867,0,1946,102,108,114,123" + empty + ",0.3,0.5,false,30.0,false"));

        assertEquals(List.of(List.of("blocking", "7 s", "yes", "–"),
                List.of("virtual", "30 s", "no: the cap ended it", "–")), Tables.warmUp(run.results()).rows());
        assertTrue(new SummaryMarkdown().write(run, Lessons.evaluate(run), List.of()).contains("| virtual | 30 s |"));
        assertTrue(Tables.warmUp(StoredResults.run("real-2026-11-25", java.nio.file.Files.createDirectories(dir.resolve("old"))).results()).rows().isEmpty());
    }
}
