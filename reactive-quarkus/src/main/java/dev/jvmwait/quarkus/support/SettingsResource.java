package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.VirtualThreadCarriers;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.arc.All;
import io.quarkus.runtime.ExecutorRecorder;
import io.quarkus.runtime.ThreadPoolConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** GET /internal/settings: the concurrency settings of the running service, for the benchmark harness. */
@Path("/internal/settings")
public class SettingsResource {

    private final Vertx vertx;
    private final Config config;
    private final List<OffloadPool> offloads;
    private final Backend backend;
    private final InFlightLimit inFlight;

    public SettingsResource(Vertx vertx, Config config, @All List<OffloadPool> offloads, Backend backend, InFlightLimit inFlight) {
        this.vertx = vertx;
        this.config = config;
        this.offloads = offloads;
        this.backend = backend;
        this.inFlight = inFlight;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("framework", Framework.nameAndVersion());
        settings.put("processors", Runtime.getRuntime().availableProcessors());
        settings.put("Vert.x event loops", eventLoops());
        settings.put("Vert.x event loop blocked warning after", config.getValue("quarkus.vertx.max-event-loop-execute-time", Duration.class).toString());
        offloads.stream().sorted(Comparator.comparing(OffloadPool::prefix))
                .forEach(offload -> settings.put("cpu offload for " + offload.prefix(), offload.pool().describe()));
        ThreadPoolConfig workerPool = config.unwrap(SmallRyeConfig.class).getConfigMapping(ThreadPoolConfig.class);
        // Quarkus' worker pool runs none of the three styles' handlers; its size is quarkus.thread-pool.max-threads or its default.
        settings.put("Quarkus worker pool max threads", ExecutorRecorder.getMaxSize(workerPool));
        settings.put("/api waits with", "Vert.x timer on the event loop");
        settings.put("/api fan-out", "Uni.combine().all() on the event loop");
        settings.put("/kotlin/api waits with", "kotlinx.coroutines delay() on the event loop");
        settings.put("/kotlin/api fan-out", "coroutineScope { async } on the event loop");
        settings.put("/virtual/api handlers on virtual threads", config.getValue("quarkus.virtual-threads.enabled", Boolean.class).toString());
        settings.put("/virtual/api fan-out", "@VirtualThreads executor: one virtual thread per lookup");
        settings.put("virtual thread carriers", VirtualThreadCarriers.describe());
        settings.put("accept backlog", config.getValue("quarkus.http.accept-backlog", Integer.class));
        settings.put("max request body bytes", config.getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue());
        settings.put("idle timeout (idle, stalled headers or body)", config.getValue("quarkus.http.idle-timeout", Duration.class).toString());
        settings.put("max headers bytes", config.getValue("quarkus.http.limits.max-header-size", MemorySize.class).asLongValue());
        settings.put("max request line bytes", config.getValue("quarkus.http.limits.max-initial-line-length", Integer.class));
        settings.put("shutdown timeout for requests in flight", config.getOptionalValue("quarkus.shutdown.timeout", Duration.class)
                .map(Duration::toString).orElse("none"));
        settings.put("in-flight bound (MAX_IN_FLIGHT)", inFlight.describe());
        settings.put("backend", backend.label());
        switch (backend) {
            case POSTGRES -> {
                settings.put("database", config.getValue("quarkus.datasource.reactive.url", String.class));
                settings.put("database pool (Vert.x reactive client, /api and /kotlin/api)",
                        configured("quarkus.datasource.reactive.max-size") + " connections");
                settings.put("database pool (Agroal JDBC, /virtual/api)", configured("quarkus.datasource.jdbc.max-size")
                        + " connections, wait at most " + configured("quarkus.datasource.jdbc.acquisition-timeout"));
                poolSizes(settings, size("quarkus.datasource.reactive.max-size"), size("quarkus.datasource.jdbc.max-size"));
            }
            case HTTP -> {
                settings.put("upstream", config.getValue("quarkus.rest-client.upstream.url", String.class));
                settings.put("http pool (Quarkus REST Client, per client)",
                        configured("quarkus.rest-client.upstream.connection-pool-size") + " connections");
                int perClient = size("quarkus.rest-client.upstream.connection-pool-size");
                poolSizes(settings, perClient, perClient);
            }
            case SLEEP -> {
            }
        }
        return settings;
    }

    /**
     * The size of the pool each target's lookups wait in, as numbers under one label per path ({@code backend pool /api},
     * ...): the harness records it beside each step it measures over a backend. The reactive and coroutine handlers
     * share one pool; the virtual-thread handlers have their own.
     */
    private static void poolSizes(Map<String, Object> settings, int eventLoopPool, int virtualThreadPool) {
        settings.put("backend pool /api", eventLoopPool);
        settings.put("backend pool /kotlin/api", eventLoopPool);
        settings.put("backend pool /virtual/api", virtualThreadPool);
    }

    /** A pool's size as the running service has it: its value if one is given, else the extension's default. */
    private int size(String name) {
        return Integer.parseInt(configured(name).replaceFirst("\\D.*$", ""));
    }

    /** A setting as the running service has it: its value if one is given, else the extension's default. */
    private String configured(String name) {
        return config.getOptionalValue(name, String.class).orElseGet(() -> switch (name) {
            // Quarkus 3.37's defaults, from its configuration reference, where the running config does not say
            case "quarkus.datasource.reactive.max-size" -> "20 (the default)";
            case "quarkus.datasource.jdbc.max-size" -> "50 (the default)";
            case "quarkus.rest-client.upstream.connection-pool-size" -> "50 (the default)";
            default -> "the default";
        });
    }

    private int eventLoops() {
        EventLoopGroup group = ((VertxInternal) vertx).getEventLoopGroup();
        int count = 0;
        for (EventExecutor ignored : group) {
            count++;
        }
        return count;
    }
}
