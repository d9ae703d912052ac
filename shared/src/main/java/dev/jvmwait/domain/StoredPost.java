package dev.jvmwait.domain;

/** A post as stored and returned by {@code POST /api/posts} and {@code GET /api/posts/{id}}. */
public record StoredPost(long id, long userId, String title, String body) {
}
