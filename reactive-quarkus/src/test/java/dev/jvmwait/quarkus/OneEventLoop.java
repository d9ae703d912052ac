package dev.jvmwait.quarkus;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A service with a single Vert.x event loop, so that whatever blocks it blocks every request. */
public class OneEventLoop implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.vertx.event-loops-pool-size", "1");
    }
}
