package dev.jvmwait.domain;

import java.time.Duration;

/**
 * The one SQL query per lookup that every style sends over {@code BACKEND=postgres}, each over an index. When the
 * lookup waits, the query waits inside the database (a slow query, holding its connection): {@code pg_sleep} runs once,
 * in a CTE PostgreSQL materialises since the function is volatile. Parameters in the Vert.x client's form ($1, $2):
 * the wait in seconds first when there is one, then the id; {@link #jdbc} gives the JDBC form, in the same order.
 */
public final class UserQueries {

    private static final String PAUSE = "WITH pause AS (SELECT pg_sleep($1)) ";

    private UserQueries() {
    }

    public static String user(Duration delay) {
        return waits(delay) ? PAUSE + "SELECT id, name, email FROM users, pause WHERE id = $2"
                : "SELECT id, name, email FROM users WHERE id = $1";
    }

    public static String profile(Duration delay) {
        return waits(delay) ? PAUSE + "SELECT user_id, bio, followers FROM profiles, pause WHERE user_id = $2"
                : "SELECT user_id, bio, followers FROM profiles WHERE user_id = $1";
    }

    public static String posts(Duration delay) {
        return waits(delay) ? PAUSE + "SELECT id, user_id, title FROM posts, pause WHERE user_id = $2 ORDER BY id"
                : "SELECT id, user_id, title FROM posts WHERE user_id = $1 ORDER BY id";
    }

    /** The query's parameters, in order: the wait in seconds if it waits, then the id. */
    public static Object[] parameters(long id, Duration delay) {
        return waits(delay) ? new Object[] {delay.toMillis() / 1000.0, id} : new Object[] {id};
    }

    /** The same query with JDBC's {@code ?} placeholders: the parameters are numbered in the order they appear. */
    public static String jdbc(String sql) {
        return sql.replaceAll("\\$\\d+", "?");
    }

    private static boolean waits(Duration delay) {
        return !delay.isZero();
    }
}
