package dev.jvmwait.quarkus;

import dev.jvmwait.contract.ApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;

/** The API contract against the `quarkus-virtual` target, at /virtual/api of the test server. */
@QuarkusTest
class QuarkusVirtualApiContractTest extends ApiContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String baseUrl() {
        return root.toString().replaceAll("/$", "") + "/virtual";
    }

    @Override
    protected String targetName() {
        return "quarkus-virtual";
    }

    @Override
    protected boolean handlersRunOnVirtualThreads() {
        return true;
    }

    @Override
    protected boolean handlersRunOnEventLoop() {
        return false;
    }
}
