package dev.jvmwait.mvc;

import dev.jvmwait.contract.ApiContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MvcApiContractTest extends ApiContract {

    @LocalServerPort
    int port;

    @Override
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    protected String targetName() {
        return "blocking";
    }

    @Override
    protected boolean handlersRunOnVirtualThreads() {
        return false;
    }

    @Override
    protected boolean handlersRunOnEventLoop() {
        return false;
    }
}
