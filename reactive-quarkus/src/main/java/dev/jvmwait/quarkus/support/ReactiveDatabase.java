package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PostgreSQL for {@code BACKEND=postgres} through the Vert.x reactive client: a lookup is one query, sent on the
 * caller's event loop, whose answer comes back there; no thread waits for it, only a pooled connection does. The
 * event-loop styles use it; /kotlin/api awaits it with awaitSuspending(). The pool exists only when the datasource is
 * active, so it is looked up on first use.
 */
@ApplicationScoped
public class ReactiveDatabase {

    private final Instance<Pool> pool;

    public ReactiveDatabase(Instance<Pool> pool) {
        this.pool = pool;
    }

    public Uni<User> user(long id, Duration delay) {
        return rows(UserQueries.user(delay), id, delay).map(rows -> one(rows, row -> new User(row.getLong(0), row.getString(1), row.getString(2))));
    }

    public Uni<Profile> profile(long id, Duration delay) {
        return rows(UserQueries.profile(delay), id, delay).map(rows -> one(rows, row -> new Profile(row.getLong(0), row.getString(1), row.getLong(2))));
    }

    public Uni<List<Post>> posts(long id, Duration delay) {
        return rows(UserQueries.posts(delay), id, delay).map(rows -> {
            List<Post> posts = new ArrayList<>();
            rows.forEach(row -> posts.add(new Post(row.getLong(0), row.getLong(1), row.getString(2))));
            return posts;
        });
    }

    private Uni<RowSet<Row>> rows(String sql, long id, Duration delay) {
        return Uni.createFrom().deferred(() -> pool.get().preparedQuery(sql).execute(Tuple.from(UserQueries.parameters(id, delay))))
                .onFailure().transform(BackendFailures::postgres);
    }

    private static <T> T one(RowSet<Row> rows, Function<Row, T> answer) {
        return answer.apply(rows.iterator().next());
    }
}
