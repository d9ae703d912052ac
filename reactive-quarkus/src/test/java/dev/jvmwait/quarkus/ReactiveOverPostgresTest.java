package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API contract against `reactive` with every lookup a query on the project's real PostgreSQL. */
@QuarkusTest
@TestProfile(Backends.OverPostgres.class)
class ReactiveOverPostgresTest extends ReactiveApiContractTest {

    @Override
    protected String backendName() {
        return "postgres";
    }
}
