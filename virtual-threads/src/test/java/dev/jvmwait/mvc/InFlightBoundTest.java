package dev.jvmwait.mvc;

import dev.jvmwait.contract.InFlightBoundContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** MAX_IN_FLIGHT in a servlet filter: past the bound a 503 at once, and every accepted request served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InFlightBoundTest extends InFlightBoundContract {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void bounded(DynamicPropertyRegistry registry) {
        registry.add("MAX_IN_FLIGHT", () -> Integer.toString(BOUND));
    }

    @Override
    protected List<String> baseUrls() {
        return List.of("http://127.0.0.1:" + port);
    }
}
