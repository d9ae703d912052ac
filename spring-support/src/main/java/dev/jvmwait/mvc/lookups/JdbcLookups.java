package dev.jvmwait.mvc.lookups;

import static dev.jvmwait.domain.UserQueries.jdbc;
import static dev.jvmwait.domain.UserQueries.parameters;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import dev.jvmwait.domain.UserQueries;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A lookup is one SQL query through JDBC: the request's thread blocks on it, holding a pooled connection. */
class JdbcLookups implements UserLookups {

    private final JdbcClient database;

    JdbcLookups(JdbcClient database) {
        this.database = database;
    }

    @Override
    public User user(long id, Duration delay) {
        return answer(() -> database.sql(jdbc(UserQueries.user(delay))).params(parameters(id, delay))
                .query((row, n) -> new User(row.getLong(1), row.getString(2), row.getString(3))).single());
    }

    @Override
    public Profile profile(long id, Duration delay) {
        return answer(() -> database.sql(jdbc(UserQueries.profile(delay))).params(parameters(id, delay))
                .query((row, n) -> new Profile(row.getLong(1), row.getString(2), row.getLong(3))).single());
    }

    @Override
    public List<Post> posts(long id, Duration delay) {
        return answer(() -> database.sql(jdbc(UserQueries.posts(delay))).params(parameters(id, delay))
                .query((row, n) -> new Post(row.getLong(1), row.getLong(2), row.getString(3))).list());
    }

    /** A database that is down, or too slow to hand out a connection, is a 503 that names it; never the driver's words. */
    private static <T> T answer(Supplier<T> query) {
        try {
            return query.get();
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            throw Backend.POSTGRES.unavailable();
        }
    }
}
