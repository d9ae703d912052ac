package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.results.ServiceSettings;
import dev.jvmwait.results.ServiceSettings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTest {

    @TempDir
    Path dir;

    @Test
    void repeatsFoldToTheirMedianAndKeepTheirSpread() throws IOException {
        Results results = Results.of(StoredResults.rows(dir,
                "virtual,io,1,50,,100,,30,,,0,480,,,110,,500,0.96,,,,",
                "virtual,io,1,50,,100,,30,,,0,500,,,104,,500,1.00,,,,",
                "virtual,io,1,50,,100,,30,,,0,440,,,130,,500,0.88,,,,"));

        Measurement m = results.get("virtual", "io", "1").orElseThrow();

        assertEquals(3, m.repeats());
        assertEquals(480, m.median().rps());
        assertEquals(110, m.median().p99Ms());
        assertEquals(new Measurement.Spread(440, 500), m.rps());
    }

    @Test
    void targetsFollowTheApiOrderThenOthersInFileOrder() throws IOException {
        Results results = Results.of(StoredResults.rows(dir,
                "staging,io,1,50,,100,,30,,,0,480,,,,,,,,,,",
                "reactive,io,1,50,,100,,30,,,0,480,,,,,,,,,,",
                "blocking,io,1,50,,100,,30,,,0,480,,,,,,,,,,"));

        assertEquals(List.of("blocking", "reactive", "staging"), results.targets());
    }

    @Test
    void blockingsPoolIsTomcatsMaxThreadsAndTheVirtualServiceHasNone() throws IOException {
        Settings settings = StoredResults.run("real-2026-11-25", dir).settings();

        assertEquals(Optional.of(new Setting("tomcat max threads", 200)),
                settings.forTarget("blocking").flatMap(ServiceSettings::platformPool));
        assertEquals(Optional.empty(), settings.forTarget("virtual").flatMap(ServiceSettings::platformPool),
                "\"unbounded (virtual)\" is no pool size");
        assertTrue(settings.forTarget("virtual").orElseThrow().virtualRequestThreads());
    }

    @Test
    void eventLoopsAreQuarkusCountNotTheBlockedWarningBesideIt() throws IOException {
        Settings settings = StoredResults.run("consistent", dir).settings();

        assertEquals(Optional.of(new Setting("Vert.x event loops", 2)),
                settings.forTarget("coroutines").flatMap(ServiceSettings::eventLoops), "from reactive-quarkus.json");
    }

    @Test
    void eventLoopsWordedOtherwiseAreStillFoundByTheirLabel() throws IOException {
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings/reactive.json"),
                "{\"event loop blocked warning after\": \"PT2S\", \"Vert.x event-loop threads\": 4}");

        assertEquals(Optional.of(new Setting("Vert.x event-loop threads", 4)),
                Settings.read(dir.resolve("settings")).forTarget("reactive").flatMap(ServiceSettings::eventLoops));
    }

    @Test
    void settingsKeepTheServicesLabelsInOrderAndShowEveryValueAsText() throws IOException {
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings/blocking.json"),
                "{\"Tomcat max threads\": 200, \"virtual\": true, \"name\": \"a \\\"b\\\"\", \"x\": null}");

        Map<String, String> values = Settings.read(dir.resolve("settings")).of("blocking");

        assertEquals(List.of("Tomcat max threads", "virtual", "name", "x"), List.copyOf(values.keySet()));
        assertEquals(List.of("200", "true", "a \"b\"", ""), List.copyOf(values.values()));
    }

    @Test
    void anUnreadableSettingsFileIsShownAsSuchInsteadOfFailingTheReport() throws IOException {
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings/virtual.json"), "");

        assertEquals(List.of("(unreadable)"), List.copyOf(Settings.read(dir.resolve("settings")).of("virtual").keySet()));
    }
}
