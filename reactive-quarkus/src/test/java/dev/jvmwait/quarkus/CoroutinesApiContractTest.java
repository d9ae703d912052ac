package dev.jvmwait.quarkus;

import dev.jvmwait.contract.ApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;

/** The API contract against the `coroutines` target, at /kotlin/api of the test server. */
@QuarkusTest
class CoroutinesApiContractTest extends ApiContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String baseUrl() {
        return root.toString().replaceAll("/$", "") + "/kotlin";
    }

    @Override
    protected String targetName() {
        return "coroutines";
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
