package dev.jvmwait.quarkus;

import dev.jvmwait.contract.UpstreamContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;

/** The REST client, reactive and blocking: an upstream outage is a 503 for every style until it ends. */
@QuarkusTest
@TestProfile(Backends.OverHttp.class)
class UpstreamOutageTest extends UpstreamContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected List<String> baseUrls() {
        return Backends.targets(root);
    }
}
