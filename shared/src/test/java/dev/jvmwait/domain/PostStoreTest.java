package dev.jvmwait.domain;

import static dev.jvmwait.domain.ParamsTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PostStoreTest {

    private final PostStore store = new PostStore();

    @Test
    void givesEachPostANewIdAndFindsItAgain() {
        StoredPost first = store.save(new NewPost(1, "a", "b"));
        StoredPost second = store.save(new NewPost(1, "a", "b"));
        assertNotEquals(first.id(), second.id());
        assertEquals(first, store.get(first.id()));
        assertEquals(second, store.get(second.id()));
    }

    @Test
    void locationIsThePathToReadThePostAgain() {
        StoredPost post = store.save(new NewPost(1, "a", "b"));
        assertEquals("/api/posts/" + post.id(), PostStore.location(post));
    }

    @Test
    void postThatWasNeverStoredIsNotFound() {
        assertRejected(404, Messages.noSuchPost(999), () -> store.get(999));
    }
}
