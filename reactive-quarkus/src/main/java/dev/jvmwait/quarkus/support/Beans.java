package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.PostStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The framework-free domain objects that the three styles share, made beans once. */
public class Beans {

    /** One store for the service: a post created under any prefix is found under its own. */
    @Produces
    @Singleton
    PostStore postStore() {
        return new PostStore();
    }
}
