package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The API contract against `coroutines` with every lookup a query on the project's real PostgreSQL. */
@QuarkusTest
@TestProfile(Backends.OverPostgres.class)
class CoroutinesOverPostgresTest extends CoroutinesApiContractTest {

    @Override
    protected String backendName() {
        return "postgres";
    }
}
