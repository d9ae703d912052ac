package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API contract against `quarkus-virtual` with every lookup a call to the project's real HTTP upstream. */
@QuarkusTest
@TestProfile(Backends.OverHttp.class)
class QuarkusVirtualOverHttpTest extends QuarkusVirtualApiContractTest {

    @Override
    protected String backendName() {
        return "http";
    }
}
