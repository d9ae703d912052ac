package dev.jvmwait.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads index.html files that Gatling 3.15.1 wrote in real runs of these simulations. */
class GatlingReportTest {

    private static Map<String, RequestStats> report(String name) throws IOException, URISyntaxException {
        return GatlingReport.read(Path.of(GatlingReportTest.class.getResource("/gatling-3.15.1/" + name).toURI()));
    }

    @Test
    void readsEveryRequestNameButTheTotalRow() throws Exception {
        Map<String, RequestStats> stats = report("mistake-blocking-with-probe.html");

        assertEquals(List.of("warmup blocking-call", "probe idle", "main blocking-call", "probe blocking-call",
                "warmup non-blocking", "main non-blocking", "probe non-blocking"), List.copyOf(stats.keySet()));
        assertFalse(stats.containsKey("All Requests"));
    }

    @Test
    void readsCountsAndPercentilesOfTheMainLoad() throws Exception {
        RequestStats main = report("mistake-blocking-with-probe.html").get("main blocking-call");

        assertEquals(new RequestStats("main blocking-call", 93, 93, 0, 101, 105, 106, 111, 114, 114, 105), main);
    }

    @Test
    void keepsTheProbeApartFromTheMainLoad() throws Exception {
        RequestStats probe = report("mistake-blocking-with-probe.html").get("probe blocking-call");

        assertEquals(10, probe.total());
        assertEquals(7, probe.p99());
    }

    @Test
    void readsFailedRequestsOfAnOverloadedStep() throws Exception {
        RequestStats main = report("open-with-errors.html").get("main 3");

        assertEquals(24757, main.total());
        assertEquals(11285, main.ok());
        assertEquals(13472, main.ko());
        assertEquals(23732, main.p99());
        assertEquals(24310, main.max());
    }

    @Test
    void readsALadderStep() throws Exception {
        RequestStats main = report("io-ladder.html").get("main 1");

        assertEquals(92, main.total());
        assertEquals(105, main.p50());
        assertEquals(111, main.p99());
    }

    @Test
    void refusesAReportWithoutThePercentilesItNeeds() {
        String html = "<th id=\"col-2\" class=\"header sortable\"><span>Total</span></th>";

        assertThrows(IllegalArgumentException.class, () -> GatlingReport.parse(html));
    }
}
