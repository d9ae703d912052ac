package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
        for (String baseUrl : baseUrls()) {
            List<CompletableFuture<HttpResponse<Void>>> abandoned = new ArrayList<>();
            for (int i = 0; i < ABANDONED; i++) {
                abandoned.add(Outage.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/" + (i + 1) + "?delayMs=1000"))
                        .timeout(Duration.ofMillis(300)).build(), HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> call : abandoned) {
                call.handle((answer, failure) -> null).get();
            }
            Thread.sleep(2_500); // the calls already sent to the upstream finish
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> after = Outage.HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/users/7?delayMs=0"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, after.statusCode(), baseUrl + ": " + after.body());
            }
        }
    }

    @Test
    @Timeout(120)
    void anUpstreamThatIsDownIsA503NamingItAndTheServiceRecoversWhenItIsBack() throws Exception {
        Outage.check(BackendProcess.upstream(), baseUrls(), "the upstream service (http) is unavailable", "Exception", "Connection refused");
    }
}
