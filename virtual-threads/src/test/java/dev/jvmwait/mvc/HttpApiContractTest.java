package dev.jvmwait.mvc;

import dev.jvmwait.contract.BackendProcess;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract with every lookup a call to the project's real HTTP upstream (BACKEND=http, the default pool). */
class HttpApiContractTest extends MvcApiContractTest {

    @DynamicPropertySource
    static void overHttp(DynamicPropertyRegistry registry) {
        registry.add("BACKEND", () -> "http");
        registry.add("UPSTREAM_URL", () -> BackendProcess.upstream().url());
    }

    @Override
    protected String backendName() {
        return "http";
    }
}
