package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.DatabaseUrl;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * API.md's backend settings ({@code BACKEND}, {@code DATABASE_URL}, {@code DB_POOL_SIZE}, {@code HTTP_POOL_SIZE},
 * {@code UPSTREAM_URL}) in Quarkus's own terms: the datasource gets its URLs only with {@code BACKEND=postgres}
 * (without one it stays inactive, and so does Flyway), and a pool size given replaces the extension's default. Below
 * the environment and system properties, so that a {@code quarkus.*} setting given there still wins.
 */
public class BackendConfig implements ConfigSourceFactory {

    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> settings = new HashMap<>();
        for (String name : List.of("BACKEND", "DATABASE_URL", "DB_POOL_SIZE", "HTTP_POOL_SIZE", "UPSTREAM_URL")) {
            ConfigValue value = context.getValue(name);
            if (value != null && value.getValue() != null) {
                settings.put(name, value.getValue());
            }
        }
        return List.of(new MapBackedConfigSource("jvm-wait backend", quarkusSettings(settings), ORDINAL) {
        });
    }

    static Map<String, String> quarkusSettings(Map<String, String> settings) {
        Map<String, String> quarkus = new HashMap<>();
        if (Backend.of(settings) == Backend.POSTGRES) {
            DatabaseUrl database = DatabaseUrl.of(settings);
            quarkus.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            quarkus.put("quarkus.datasource.reactive.url", database.reactiveUrl());
            quarkus.put("quarkus.datasource.username", database.user());
            quarkus.put("quarkus.datasource.password", database.password());
        }
        if (settings.containsKey("DB_POOL_SIZE")) {
            quarkus.put("quarkus.datasource.jdbc.max-size", settings.get("DB_POOL_SIZE"));
            quarkus.put("quarkus.datasource.reactive.max-size", settings.get("DB_POOL_SIZE"));
        }
        if (settings.containsKey("HTTP_POOL_SIZE")) {
            quarkus.put("quarkus.rest-client.upstream.connection-pool-size", settings.get("HTTP_POOL_SIZE"));
        }
        quarkus.put("quarkus.rest-client.upstream.url", settings.getOrDefault("UPSTREAM_URL", Backend.DEFAULT_UPSTREAM));
        return quarkus;
    }
}
