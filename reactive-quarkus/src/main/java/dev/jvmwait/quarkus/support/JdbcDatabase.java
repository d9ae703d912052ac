package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserQueries;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL for {@code BACKEND=postgres} through JDBC and Agroal, for /virtual/api: the virtual thread blocks in the
 * driver, holding a pooled connection, and unmounts from its carrier while the database works. The data source exists
 * only when it is active, so it is looked up on first use.
 */
@ApplicationScoped
public class JdbcDatabase {

    private final Instance<AgroalDataSource> dataSource;

    public JdbcDatabase(Instance<AgroalDataSource> dataSource) {
        this.dataSource = dataSource;
    }

    public User user(long id, Duration delay) {
        return query(UserQueries.user(delay), id, delay, rows -> {
            rows.next();
            return new User(rows.getLong(1), rows.getString(2), rows.getString(3));
        });
    }

    public Profile profile(long id, Duration delay) {
        return query(UserQueries.profile(delay), id, delay, rows -> {
            rows.next();
            return new Profile(rows.getLong(1), rows.getString(2), rows.getLong(3));
        });
    }

    public List<Post> posts(long id, Duration delay) {
        return query(UserQueries.posts(delay), id, delay, rows -> {
            List<Post> posts = new ArrayList<>();
            while (rows.next()) {
                posts.add(new Post(rows.getLong(1), rows.getLong(2), rows.getString(3)));
            }
            return posts;
        });
    }

    private interface Answer<T> {
        T from(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, long id, Duration delay, Answer<T> answer) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(UserQueries.jdbc(sql))) {
            Object[] parameters = UserQueries.parameters(id, delay);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return answer.from(rows);
            }
        } catch (SQLException e) {
            throw BackendFailures.postgres(e);
        }
    }
}
