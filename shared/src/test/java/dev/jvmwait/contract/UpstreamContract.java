package dev.jvmwait.contract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A target over {@code BACKEND=http}, against the project's real upstream ({@link BackendProcess#upstream()}): an
 * upstream that goes away is a 503 that names it, and the service calls it again when it is back.
 */
public abstract class UpstreamContract {

    /** More callers than any default HTTP pool of the project has connections (Quarkus's REST client: 50). */
    private static final int ABANDONED = 120;

    /** The base URLs of the targets the service serves, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract List<String> baseUrls();

    /**
     * Callers that give up while every pooled connection is busy (a client timeout, a closed connection) must not cost
     * the pool a connection: afterwards the service still calls the upstream.
     */
    @Test
    @Timeout(120)
    void callersThatGiveUpWhileThePoolIsFullDoNotLeakItsConnections() throws Exception {
        // the calls already sent to the upstream finish within 2.5 s
        Outage.abandonWhileThePoolIsFull(baseUrls(), ABANDONED, 1000, 300, 2_500);
    }

    @Test
    @Timeout(120)
    void anUpstreamThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        Outage.check(BackendProcess.upstream(), baseUrls(), "the upstream service (http) is unavailable", "Exception", "Connection refused");
    }
}
