package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.VirtualThreadCarriers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/settings}: the concurrency settings read from the running Tomcat and pools,
 * not from configuration text, so the comparison report shows what was really in force.
 */
@RestController
public class SettingsController {

    private final ServletWebServerApplicationContext context;
    private final List<SettingsSource> sources;

    public SettingsController(ServletWebServerApplicationContext context, List<SettingsSource> sources) {
        this.context = context;
        this.sources = sources;
    }

    /** How long a graceful shutdown waits for requests in flight ({@code server.shutdown=graceful}), as Quarkus says it. */
    private String shutdownTimeout() {
        Environment environment = context.getEnvironment();
        if (!"graceful".equalsIgnoreCase(environment.getProperty("server.shutdown", ""))) {
            return "none (immediate)";
        }
        return environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class, Duration.ofSeconds(30))
                .toString();
    }

    @GetMapping("/internal/settings")
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("framework", "Spring Boot " + SpringBootVersion.getVersion());
        settings.put("processors", Runtime.getRuntime().availableProcessors());
        if (context.getWebServer() instanceof TomcatWebServer tomcat) {
            Connector connector = tomcat.getTomcat().getConnector();
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                Object executor = protocol.getExecutor();
                boolean virtual = executor != null && executor.getClass().getSimpleName().contains("Virtual");
                settings.put("request threads", virtual ? "one virtual thread per request" : "platform thread pool");
                settings.put("tomcat max threads", virtual ? "unbounded (virtual)" : protocol.getMaxThreads());
                settings.put("tomcat max connections", protocol.getMaxConnections());
                settings.put("tomcat accept count", protocol.getAcceptCount());
                if (protocol instanceof AbstractHttp11Protocol<?> http11) {
                    settings.put("tomcat max keep-alive requests", http11.getMaxKeepAliveRequests());
                }
                settings.put("tomcat processor cache", protocol.getProcessorCache());
                settings.put("tomcat connection timeout (idle, stalled headers or body) ms", protocol.getConnectionTimeout());
                if (protocol instanceof AbstractHttp11Protocol<?> http11) {
                    settings.put("max request line and headers bytes", http11.getMaxHttpRequestHeaderSize());
                }
            }
        }
        settings.put("virtual thread carriers", VirtualThreadCarriers.describe());
        settings.put("shutdown timeout for requests in flight", shutdownTimeout());
        sources.forEach(source -> settings.putAll(source.settings()));
        return settings;
    }
}
