package dev.jvmwait.reactive;

import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.UserLookups;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The framework-free domain objects, made beans once for the three targets. */
public class Beans {

    /** One store for the service: a post created under any prefix is found under its own. */
    @Produces
    @Singleton
    PostStore postStore() {
        return new PostStore();
    }

    /** The blocking seam, for the virtual-thread target only. */
    @Produces
    @Singleton
    UserLookups userLookups() {
        return new SleepingUserLookups();
    }
}
