package dev.jvmwait.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void repeatsFoldToTheirMedianAndKeepTheirSpread() {
        Results results = Results.parse(List.of(Row.HEADER,
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
    void targetsFollowTheApiOrderThenOthersInFileOrder() {
        Results results = Results.parse(List.of(Row.HEADER,
                "staging,io,1,50,,100,,30,,,0,480,,,,,,,,,,",
                "reactive,io,1,50,,100,,30,,,0,480,,,,,,,,,,",
                "blocking,io,1,50,,100,,30,,,0,480,,,,,,,,,,"));

        assertEquals(List.of("blocking", "reactive", "staging"), results.targets());
    }

    @Test
    void settingsLabelsMatchWhateverTheirSpelling() {
        Settings settings = new Settings(Map.of(
                "blocking-mvc", Map.of("server.tomcat.threads.max", "200"),
                "reactive-quarkus", Map.of("Vert.x eventLoops", "4")));

        assertEquals(Optional.of(200), settings.find("blocking", "threads", "max").flatMap(e -> Settings.intValue(e.getValue())));
        assertEquals(Optional.of(4), settings.find("coroutines", "event", "loop").flatMap(e -> Settings.intValue(e.getValue())));
    }

    @Test
    void flatJsonKeepsLabelsInOrderAndValuesAsText() {
        Map<String, String> json = FlatJson.parse("{\"Tomcat max threads\": 200, \"virtual\": true, \"name\": \"a \\\"b\\\"\", \"x\": null}");

        assertEquals(List.of("Tomcat max threads", "virtual", "name", "x"), List.copyOf(json.keySet()));
        assertEquals("200", json.get("Tomcat max threads"));
        assertEquals("a \"b\"", json.get("name"));
        assertEquals("", json.get("x"));
    }

    @Test
    void serverCoresComeFromThePinningSplit() {
        assertEquals(Optional.of(1), new Environment(Map.of("server cpus", "0", "cores", "2")).serverCores());
        assertEquals(Optional.of(2), new Environment(Map.of("server cpus", "0-1")).serverCores());
        assertEquals(Optional.of(3), new Environment(Map.of("server cpus", "0,2,3")).serverCores());
        assertEquals(Optional.of(2), new Environment(Map.of("cores", "2")).serverCores());
        assertTrue(new Environment(Map.of()).serverCores().isEmpty());
    }
}
