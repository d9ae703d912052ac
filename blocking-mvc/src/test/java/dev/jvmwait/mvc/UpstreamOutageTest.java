package dev.jvmwait.mvc;

import dev.jvmwait.contract.BackendProcess;
import dev.jvmwait.contract.UpstreamContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** RestClient over Apache HttpClient: an upstream outage is a 503 until it ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpstreamOutageTest extends UpstreamContract {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void overHttp(DynamicPropertyRegistry registry) {
        registry.add("BACKEND", () -> "http");
        registry.add("UPSTREAM_URL", () -> BackendProcess.upstream().url());
    }

    @Override
    protected List<String> baseUrls() {
        return List.of("http://127.0.0.1:" + port);
    }
}
