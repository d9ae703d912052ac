package dev.jvmwait.mvc;

import dev.jvmwait.contract.ApiContract;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API contract, run against this module's service; its own properties say what it should report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MvcApiContractTest extends ApiContract {

    @LocalServerPort
    int port;

    @Value("${app.target}")
    String target;

    @Value("${spring.threads.virtual.enabled:false}")
    boolean virtualThreads;

    @Override
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    protected String targetName() {
        return target;
    }

    @Override
    protected boolean handlersRunOnVirtualThreads() {
        return virtualThreads;
    }

    @Override
    protected boolean handlersRunOnEventLoop() {
        return false;
    }
}
