package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API contract against `quarkus-virtual` with every lookup a query on the project's real PostgreSQL. */
@QuarkusTest
@TestProfile(Backends.OverPostgres.class)
class QuarkusVirtualOverPostgresTest extends QuarkusVirtualApiContractTest {

    @Override
    protected String backendName() {
        return "postgres";
    }
}
