package dev.jvmwait.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultRowTest {

    @TempDir
    Path dir;

    @Test
    void theColumnsAreTheOnesDocsHarnessMdPromisesInItsOrder() throws IOException {
        String documented = Files.readAllLines(Path.of("../docs/HARNESS.md")).stream()
                .filter(line -> line.startsWith("`target,"))
                .findFirst().orElseThrow().replace("`", "");

        assertEquals(documented, ResultRow.FILE.header());
    }

    @Test
    void countsAreWrittenAsCountsAndEmptyCellsReadAsNull() throws IOException {
        ResultRow row = new ResultRow("virtual", "io", "4", 1000.0, null, 100.0, null, 2.5, 23_500.0, 23_500.0, 0.0,
                9400.0, 101.0, 108.0, 118.0, 131.0, 10_000.0, 0.94, 176.0, 512.3, 231.0, null, 0.34, 0.87, true, 7.0, true,
                0.02, false, 1.5, 71.0, 0.01, null, null, null, 2, "postgres", 10.0, true, 0.21,
                null, null, null, null, null, null, null, null, null, null, null, null, 1_583.25);
        Path csv = dir.resolve("results.csv");

        ResultRow.FILE.append(csv, List.of(row));

        assertEquals("virtual,io,4,1000,,100,,2.5,23500,23500,0,9400,101,108,118,131,10000,0.94,176,512.3,231,,0.34,0.87,true,7,true,"
                + "0.02,false,1.5,71,0.01,,,,2,postgres,10,true,0.21,,,,,,,,,,,,,1583.25", Files.readAllLines(csv).get(1));
        assertEquals(List.of(row), ResultRow.FILE.read(csv));
    }

    @Test
    void aRunWithFewerColumnsOrMoreStillLoadsByItsHeader() throws IOException {
        Path older = Files.writeString(dir.resolve("older.csv"), "target,scenario,step,users,rps\nblocking,io,1,50,481.6\n");
        int columns = ResultRow.FILE.header().split(",").length;
        String known = "blocking,io,1,50,,100,,2.5,1204,1204,0,481.6,,,,,,,,,,,0.2,0.3,false";
        Path newer = Files.writeString(dir.resolve("newer.csv"), ResultRow.FILE.header() + ",a_future_column\n" + known
                + ",".repeat(columns - known.split(",", -1).length + 1) + "x\n");

        ResultRow old = ResultRow.FILE.read(older).getFirst();
        ResultRow recent = ResultRow.FILE.read(newer).getFirst();

        assertEquals(481.6, old.rps());
        assertNull(old.delayMs());
        assertNull(old.machineBound());
        assertEquals(481.6, recent.rps());
        assertEquals(100.0, recent.delayMs());
        assertEquals(false, recent.machineBound());
    }

    @Test
    void aRowWithoutARoundIsTheNthRoundOfItsStepWhenTheRunIsRead() throws IOException {
        Path csv = Files.writeString(dir.resolve("results.csv"), "target,scenario,step,users,rps\n"
                + "blocking,io,1,50,481\nblocking,io,2,200,1900\nblocking,io,1,50,482\nblocking,io,2,200,1950\n");

        List<ResultRow> rows = ResultRow.FILE.read(csv);
        assertNull(rows.getFirst().round());
        assertEquals(3, rows.getFirst().inRound(3).round());
    }

    @Test
    void environmentIsWrittenAndReadAsItsRecord() throws IOException {
        Environment environment = new Environment("2026-11-25T00:07:12Z", "smoke", 1, "Linux 6.8 x86_64", 2, "Xeon", 23.5,
                "OpenJDK 25", List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:+UseParallelGC"), "server on core 0", 1, 1, 0.0,
                0.5, List.of("blocking", "virtual"), List.of("io"), List.of("stepS=1"), "abc123", null, 6.0, 10.0, "postgres (pools: DB_POOL_SIZE=100)");

        environment.write(dir);

        assertEquals(environment, Environment.read(dir).orElseThrow());
    }
}
