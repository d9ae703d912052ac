package dev.jvmwait.domain;

import java.util.List;

/** The answer of the dashboard endpoint: three lookups put together, and how they were run. */
public record Dashboard(User user, Profile profile, List<Post> posts, String mode) {

    public Dashboard {
        posts = List.copyOf(posts);
    }

    public Dashboard(User user, Profile profile, List<Post> posts, FanOutMode mode) {
        this(user, profile, posts, mode.wireName());
    }
}
