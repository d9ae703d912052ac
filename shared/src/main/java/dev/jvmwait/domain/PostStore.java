package dev.jvmwait.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Posts created through the API, kept in memory for the life of the process; safe from any thread. */
public final class PostStore {

    private final AtomicLong lastId = new AtomicLong();
    private final Map<Long, StoredPost> posts = new ConcurrentHashMap<>();

    public StoredPost save(NewPost post) {
        StoredPost stored = new StoredPost(lastId.incrementAndGet(), post.userId(), post.title(), post.body());
        posts.put(stored.id(), stored);
        return stored;
    }

    /** The stored post, or a 404 problem. */
    public StoredPost get(long id) {
        StoredPost post = posts.get(id);
        if (post == null) {
            throw ApiException.notFound(Messages.noSuchPost(id));
        }
        return post;
    }

    /** Where a stored post can be read again: the {@code Location} of a 201. */
    public static String location(StoredPost post) {
        return "/api/posts/" + post.id();
    }
}
