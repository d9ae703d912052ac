package dev.jvmwait.mvc;

import dev.jvmwait.contract.BackendProcess;
import dev.jvmwait.contract.DatabaseContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** HikariCP with two connections: at most two queries in PostgreSQL at once, and an outage is a 503 until it ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabasePoolTest extends DatabaseContract {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void overPostgresWithTwoConnections(DynamicPropertyRegistry registry) {
        registry.add("BACKEND", () -> "postgres");
        registry.add("DATABASE_URL", () -> BackendProcess.postgres().url());
        registry.add("DB_POOL_SIZE", () -> POOL);
    }

    @Override
    protected List<String> baseUrls() {
        return List.of("http://127.0.0.1:" + port);
    }
}
