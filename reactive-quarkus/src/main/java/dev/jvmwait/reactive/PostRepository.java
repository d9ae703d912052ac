package dev.jvmwait.reactive;

import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.StoredPost;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The posts as a reactive style sees them: every call answers a {@link Uni}, as Hibernate Reactive
 * or the reactive PostgreSQL client would. Here the store is in memory, so the Uni is already done.
 */
@ApplicationScoped
public class PostRepository {

    private final PostStore store;

    public PostRepository(PostStore store) {
        this.store = store;
    }

    public Uni<StoredPost> save(NewPost post) {
        return Uni.createFrom().item(() -> store.save(post));
    }

    public Uni<StoredPost> get(long id) {
        return Uni.createFrom().item(() -> store.get(id));
    }
}
