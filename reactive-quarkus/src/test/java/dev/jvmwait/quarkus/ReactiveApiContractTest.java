package dev.jvmwait.quarkus;

import dev.jvmwait.contract.ApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;

/** The API contract against the `reactive` target, at /api of the test server. */
@QuarkusTest
class ReactiveApiContractTest extends ApiContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String baseUrl() {
        return root.toString().replaceAll("/$", "") + "";
    }

    @Override
    protected String targetName() {
        return "reactive";
    }

    @Override
    protected boolean handlersRunOnVirtualThreads() {
        return false;
    }

    @Override
    protected boolean handlersRunOnEventLoop() {
        return true;
    }
}
