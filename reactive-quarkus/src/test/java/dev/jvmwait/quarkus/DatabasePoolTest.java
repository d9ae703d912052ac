package dev.jvmwait.quarkus;

import dev.jvmwait.contract.DatabaseContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;

/**
 * Two connections in the reactive pool (/api, /kotlin/api) and in Agroal's (/virtual/api): at most two queries in
 * PostgreSQL at once for each style, and an outage is a 503 until it ends.
 */
@QuarkusTest
@TestProfile(Backends.OverPostgresWithTwoConnections.class)
class DatabasePoolTest extends DatabaseContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected List<String> baseUrls() {
        return Backends.targets(root);
    }
}
