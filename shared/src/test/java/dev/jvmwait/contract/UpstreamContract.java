package dev.jvmwait.contract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A target over {@code BACKEND=http}, against the project's real upstream ({@link BackendProcess#upstream()}): an
 * upstream that goes away is a 503 that names it, and the service calls it again when it is back.
 */
public abstract class UpstreamContract {

    /** The base URLs of the targets the service serves, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract List<String> baseUrls();

    @Test
    @Timeout(120)
    void anUpstreamThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        Outage.check(BackendProcess.upstream(), baseUrls(), "the upstream service (http) is unavailable", "Exception", "Connection refused");
    }
}
