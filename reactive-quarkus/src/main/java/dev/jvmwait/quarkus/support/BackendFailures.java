package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Backend;
import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A backend that is down, restarting, or too slow to hand out a connection is a 503 that names it (API.md), never the
 * driver's words. A query the database rejects for another reason is a fault of ours: it stays an error, a 500.
 */
public final class BackendFailures {

    /** SQLSTATE classes of a database that cannot serve now: connection exception, insufficient resources, operator intervention. */
    private static final Set<String> UNAVAILABLE = Set.of("08", "53", "57");

    private BackendFailures() {
    }

    /** For the reactive client: its connection errors and pool timeouts carry no SQLSTATE; a server error does. */
    public static Throwable postgres(Throwable failure) {
        if (failure instanceof PgException error && !unavailable(error.getSqlState())) {
            return failure;
        }
        return Backend.POSTGRES.unavailable();
    }

    /** For JDBC: Agroal's acquisition timeout and the driver's connection errors have no SQLSTATE or a class above. */
    public static RuntimeException postgres(SQLException failure) {
        if (failure.getSQLState() != null && !unavailable(failure.getSQLState())) {
            return new IllegalStateException("the database rejected a lookup", failure);
        }
        return Backend.POSTGRES.unavailable();
    }

    /** For the REST client: an upstream that refuses, times out, or answers with an error. */
    public static ApiException upstream(Throwable failure) {
        return Backend.HTTP.unavailable();
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && sqlState.length() >= 2 && UNAVAILABLE.contains(sqlState.substring(0, 2));
    }
}
