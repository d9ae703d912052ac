package dev.jvmwait.quarkus;

import dev.jvmwait.contract.InFlightBoundContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** MAX_IN_FLIGHT as a Vert.x route on the event loop: one bound for the three styles, a 503 at once past it. */
@QuarkusTest
@TestProfile(InFlightBoundTest.Bounded.class)
class InFlightBoundTest extends InFlightBoundContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected List<String> baseUrls() {
        return Backends.targets(root);
    }

    public static class Bounded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("MAX_IN_FLIGHT", Integer.toString(BOUND));
        }
    }
}
