package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.PostStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The framework-free domain objects that the three styles share, made beans once. */
public class Beans {

    /** One store for the service: a post created under any prefix is found under its own. */
    @Produces
    @Singleton
    PostStore postStore() {
        return new PostStore();
    }

    /** What every style's lookups wait on, from {@code BACKEND} (API.md "Backends"). */
    @Produces
    @Singleton
    Backend backend(@ConfigProperty(name = "BACKEND", defaultValue = "sleep") String name) {
        return Backend.of(Map.of("BACKEND", name));
    }
}
