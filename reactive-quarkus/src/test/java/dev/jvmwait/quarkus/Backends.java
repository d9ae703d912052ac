package dev.jvmwait.quarkus;

import dev.jvmwait.contract.BackendProcess;
import dev.jvmwait.contract.DatabaseContract;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** The service started over a real backend: the project's PostgreSQL or its HTTP upstream, each started once per test JVM. */
final class Backends {

    private Backends() {
    }

    /** The base URLs of the service's three targets, from the test server's root. */
    static List<String> targets(URL root) {
        String base = root.toString().replaceAll("/$", "");
        return List.of(base, base + "/kotlin", base + "/virtual");
    }

    /** BACKEND=postgres with the extensions' default pools. */
    public static class OverPostgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("BACKEND", "postgres", "DATABASE_URL", BackendProcess.postgres().url());
        }
    }

    /** BACKEND=postgres with DB_POOL_SIZE=2, for the reactive pool and Agroal alike. */
    public static class OverPostgresWithTwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("BACKEND", "postgres", "DATABASE_URL", BackendProcess.postgres().url(),
                    "DB_POOL_SIZE", Integer.toString(DatabaseContract.POOL));
        }
    }

    /** BACKEND=http with the REST client's default pool. */
    public static class OverHttp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("BACKEND", "http", "UPSTREAM_URL", BackendProcess.upstream().url());
        }
    }
}
