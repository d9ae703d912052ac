package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API contract against `reactive` with every lookup a call to the project's real HTTP upstream. */
@QuarkusTest
@TestProfile(Backends.OverHttp.class)
class ReactiveOverHttpTest extends ReactiveApiContractTest {

    @Override
    protected String backendName() {
        return "http";
    }
}
