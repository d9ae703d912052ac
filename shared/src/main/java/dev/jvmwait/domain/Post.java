package dev.jvmwait.domain;

/** One of a user's three posts, the third of the dashboard's lookups. */
public record Post(long id, long userId, String title) {
}
