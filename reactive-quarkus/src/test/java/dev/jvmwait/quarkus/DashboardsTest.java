package dev.jvmwait.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.Futures;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import dev.jvmwait.quarkus.support.ReactiveDatabase;
import dev.jvmwait.quarkus.support.Upstream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Vetoed;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.future.FutureKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard's fan-out in each style, with lookups that wait until the test lets them go: the
 * concurrent dashboard has its three lookups in flight at once, the sequential one one at a time.
 */
@QuarkusTest
class DashboardsTest {

    private final Gate gate = new Gate();
    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void gateEveryStylesLookups() {
        QuarkusMock.installMockForType(new GatedMutinyLookups(gate), dev.jvmwait.quarkus.mutiny.Lookups.class);
        QuarkusMock.installMockForType(new GatedCoroutineLookups(gate), dev.jvmwait.quarkus.coroutines.Lookups.class);
        QuarkusMock.installMockForType(new GatedBlockingLookups(gate), dev.jvmwait.quarkus.virtual.Lookups.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void concurrentDashboardHasItsThreeLookupsInFlightAtOnce(String prefix) throws Exception {
        CompletableFuture<HttpResponse<String>> dashboard = get(prefix + "/users/7/dashboard?delayMs=0&mode=concurrent");
        for (int lookup = 0; lookup < 3; lookup++) {
            assertNotNull(gate.started.poll(10, TimeUnit.SECONDS), "lookups started: " + lookup);
        }
        assertEquals(3, gate.inFlight.get());
        gate.releaseAll();
        assertEquals(200, dashboard.get(30, TimeUnit.SECONDS).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/kotlin/api", "/virtual/api"})
    void sequentialDashboardRunsItsLookupsOneAtATime(String prefix) throws Exception {
        CompletableFuture<HttpResponse<String>> dashboard = get(prefix + "/users/7/dashboard?delayMs=0&mode=sequential");
        for (String lookup : List.of("user", "profile", "posts")) {
            assertEquals(lookup, gate.started.poll(10, TimeUnit.SECONDS));
            assertNull(gate.started.poll(200, TimeUnit.MILLISECONDS), () -> "another lookup started while " + lookup + " waited");
            assertEquals(1, gate.inFlight.get());
            gate.releaseAll();
        }
        assertEquals(200, dashboard.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(1, gate.mostInFlight.get());
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return http.sendAsync(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where every gated lookup checks in and waits: it says which lookup started and how many wait at once. */
    static final class Gate {

        final BlockingQueue<String> started = new LinkedBlockingQueue<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        private final List<CompletableFuture<Void>> waiting = new CopyOnWriteArrayList<>();

        <T> CompletableFuture<T> enter(String lookup, Supplier<T> answer) {
            CompletableFuture<Void> release = new CompletableFuture<>();
            waiting.add(release);
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            started.add(lookup);
            return release.thenApply(released -> {
                inFlight.decrementAndGet();
                return answer.get();
            });
        }

        /** Lets go the lookups waiting now; one that a release starts (the next of a sequence) waits for the next call. */
        void releaseAll() {
            List<CompletableFuture<Void>> now = List.copyOf(waiting);
            waiting.removeAll(now);
            now.forEach(release -> release.complete(null));
        }
    }

    @Vetoed // it inherits @ApplicationScoped, but is no bean: each test makes its own
    static final class GatedMutinyLookups extends dev.jvmwait.quarkus.mutiny.Lookups {

        private final Gate gate;

        GatedMutinyLookups(Gate gate) {
            super(Backend.SLEEP, null, null, null);
            this.gate = gate;
        }

        @Override
        public Uni<User> user(long id, Duration delay) {
            return Uni.createFrom().completionStage(() -> gate.enter("user", () -> UserDirectory.user(id)));
        }

        @Override
        public Uni<Profile> profile(long id, Duration delay) {
            return Uni.createFrom().completionStage(() -> gate.enter("profile", () -> UserDirectory.profile(id)));
        }

        @Override
        public Uni<List<Post>> posts(long id, Duration delay) {
            return Uni.createFrom().completionStage(() -> gate.enter("posts", () -> UserDirectory.posts(id)));
        }
    }

    /** The suspend functions as Java sees them: each awaits the gate, handing its continuation on. */
    @Vetoed
    static final class GatedCoroutineLookups extends dev.jvmwait.quarkus.coroutines.Lookups {

        private final Gate gate;

        GatedCoroutineLookups(Gate gate) {
            // Kotlin checks its parameters: a database never asked, an upstream never called
            super(Backend.SLEEP, new ReactiveDatabase(null), (Upstream) Proxy.newProxyInstance(Upstream.class.getClassLoader(),
                    new Class<?>[] {Upstream.class}, (proxy, method, arguments) -> {
                        throw new UnsupportedOperationException(method.getName());
                    }));
            this.gate = gate;
        }

        @Override
        public Object user(long id, Duration delay, Continuation<? super User> continuation) {
            return FutureKt.await(gate.enter("user", () -> UserDirectory.user(id)), continuation);
        }

        @Override
        public Object profile(long id, Duration delay, Continuation<? super Profile> continuation) {
            return FutureKt.await(gate.enter("profile", () -> UserDirectory.profile(id)), continuation);
        }

        @Override
        public Object posts(long id, Duration delay, Continuation<? super List<Post>> continuation) {
            return FutureKt.await(gate.enter("posts", () -> UserDirectory.posts(id)), continuation);
        }
    }

    @Vetoed
    static final class GatedBlockingLookups extends dev.jvmwait.quarkus.virtual.Lookups {

        private final Gate gate;

        GatedBlockingLookups(Gate gate) {
            super(Backend.SLEEP, null, null);
            this.gate = gate;
        }

        @Override
        public User user(long id, Duration delay) {
            return Futures.await(gate.enter("user", () -> UserDirectory.user(id)));
        }

        @Override
        public Profile profile(long id, Duration delay) {
            return Futures.await(gate.enter("profile", () -> UserDirectory.profile(id)));
        }

        @Override
        public List<Post> posts(long id, Duration delay) {
            return Futures.await(gate.enter("posts", () -> UserDirectory.posts(id)));
        }
    }
}
