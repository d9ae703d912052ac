package dev.jvmwait.mvc;

import dev.jvmwait.contract.BackendProcess;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract with every lookup a query on the project's real PostgreSQL (BACKEND=postgres, the default pool). */
class PostgresApiContractTest extends MvcApiContractTest {

    @DynamicPropertySource
    static void overPostgres(DynamicPropertyRegistry registry) {
        registry.add("BACKEND", () -> "postgres");
        registry.add("DATABASE_URL", () -> BackendProcess.postgres().url());
    }

    @Override
    protected String backendName() {
        return "postgres";
    }
}
