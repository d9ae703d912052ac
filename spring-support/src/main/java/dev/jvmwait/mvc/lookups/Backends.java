package dev.jvmwait.mvc.lookups;

import com.zaxxer.hikari.HikariDataSource;
import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.DatabaseUrl;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.mvc.support.SettingsSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * What a lookup waits on ({@code BACKEND}: sleep, postgres or http), the same for both Spring services: the request's
 * thread blocks in JDBC or in an HTTP call, whether that thread is a platform or a virtual one. Each backend is reached
 * through a pool sized by one setting ({@code DB_POOL_SIZE}, {@code HTTP_POOL_SIZE}) or left at the library's default.
 */
@Configuration
public class Backends {

    /** HikariCP's own default pool: 10 connections (HikariConfig's DEFAULT_POOL_SIZE). */
    public static final int HIKARI_DEFAULT_POOL = 10;
    /** Apache HttpClient 5's own defaults, which Spring keeps: 5 connections per route, 25 in all. */
    public static final int APACHE_DEFAULT_PER_ROUTE = 5;
    public static final int APACHE_DEFAULT_TOTAL = 25;
    /** How long a backend may take to accept a connection: one that is down answers 503 in seconds. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /**
     * How long a request waits for a pooled connection before it answers 503: 5 s, Agroal's default (the JDBC pool of
     * quarkus-virtual), given to both pools here (HikariCP's own is 30 s, Apache HttpClient's 3 minutes) so that the
     * thread-blocking styles queue for their pools alike. Quarkus offers no such setting for its reactive clients' pools.
     */
    static final Duration POOL_WAIT = Duration.ofSeconds(5);
    /**
     * The settings label whose value is the size of the pool the lookups of {@code /api} wait in, as a number: the
     * harness records it beside each step it measures over a backend (the labels above are for people).
     */
    public static final String POOL_SIZE_LABEL = "backend pool /api";

    @Bean
    Backend backend(@Value("${BACKEND:sleep}") String name) {
        return Backend.of(Map.of("BACKEND", name));
    }

    /** The seam where handlers wait: a sleep, a SQL query, or an HTTP call; no handler knows which. */
    @Bean
    UserLookups userLookups(Backend backend, ObjectProvider<JdbcClient> database, ObjectProvider<RestClient> upstream) {
        return switch (backend) {
            case SLEEP -> new SleepingUserLookups();
            case POSTGRES -> new JdbcLookups(database.getObject());
            case HTTP -> new HttpLookups(upstream.getObject());
        };
    }

    @Bean
    SettingsSource backendSettings(Backend backend, ObjectProvider<DatabaseUrl> databaseUrl, ObjectProvider<HikariDataSource> database,
                                   ObjectProvider<PoolingHttpClientConnectionManager> upstream,
                                   @Value("${UPSTREAM_URL:" + Backend.DEFAULT_UPSTREAM + "}") String upstreamUrl) {
        return () -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("backend", backend.label());
            databaseUrl.ifAvailable(url -> settings.put("database", url.shown()));
            database.ifAvailable(pool -> {
                settings.put("database pool (HikariCP)", pool.getMaximumPoolSize() + " connections (default "
                        + HIKARI_DEFAULT_POOL + "), wait at most " + pool.getConnectionTimeout() + " ms");
                settings.put(POOL_SIZE_LABEL, pool.getMaximumPoolSize());
            });
            upstream.ifAvailable(pool -> {
                settings.put("upstream", upstreamUrl);
                settings.put("http pool (Apache HttpClient 5)", pool.getDefaultMaxPerRoute() + " connections to the upstream (default "
                        + APACHE_DEFAULT_PER_ROUTE + " per route, " + APACHE_DEFAULT_TOTAL + " in all), wait at most "
                        + POOL_WAIT.toMillis() + " ms");
                settings.put(POOL_SIZE_LABEL, pool.getDefaultMaxPerRoute());
            });
            return settings;
        };
    }

    /** PostgreSQL through HikariCP; Spring Boot's Flyway migrates it when the service starts, and JdbcClient queries it. */
    @Configuration
    @ConditionalOnProperty(name = "BACKEND", havingValue = "postgres")
    static class Postgres {

        @Bean
        DatabaseUrl databaseUrl(@Value("${DATABASE_URL:" + DatabaseUrl.DEFAULT + "}") String url) {
            return DatabaseUrl.parse(url);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(DatabaseUrl database, @Value("${DB_POOL_SIZE:" + HIKARI_DEFAULT_POOL + "}") int poolSize) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setPoolName("postgres");
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(database.user());
            dataSource.setPassword(database.password());
            dataSource.setMaximumPoolSize(poolSize);
            dataSource.setConnectionTimeout(POOL_WAIT.toMillis());
            dataSource.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT.toSeconds());
            return dataSource;
        }

        @Bean
        JdbcClient database(HikariDataSource dataSource) {
            return JdbcClient.create(dataSource);
        }
    }

    /** The upstream through Apache HttpClient's connection pool, under Spring's RestClient. */
    @Configuration
    @ConditionalOnProperty(name = "BACKEND", havingValue = "http")
    static class Http {

        @Bean(destroyMethod = "close")
        PoolingHttpClientConnectionManager upstreamConnections(@Value("${HTTP_POOL_SIZE:0}") int poolSize) {
            return PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(poolSize > 0 ? poolSize : APACHE_DEFAULT_PER_ROUTE)
                    .setMaxConnTotal(poolSize > 0 ? poolSize : APACHE_DEFAULT_TOTAL)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT)).build())
                    .build();
        }

        @Bean
        RestClient upstream(@Value("${UPSTREAM_URL:" + Backend.DEFAULT_UPSTREAM + "}") String url,
                            PoolingHttpClientConnectionManager connections) {
            var client = HttpClients.custom().setConnectionManager(connections)
                    .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(POOL_WAIT)).build())
                    .build();
            return RestClient.builder().baseUrl(url).requestFactory(new HttpComponentsClientHttpRequestFactory(client)).build();
        }
    }
}
