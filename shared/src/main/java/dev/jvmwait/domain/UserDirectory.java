package dev.jvmwait.domain;

import java.util.List;

/** The deterministic data behind every lookup: users 1..1,000,000, their profiles and posts. */
public final class UserDirectory {

    public static final long MAX_USER_ID = 1_000_000;
    public static final int POSTS_PER_USER = 3;

    private UserDirectory() {
    }

    public static User user(long id) {
        return new User(id, "User " + id, "user" + id + "@example.com");
    }

    public static Profile profile(long id) {
        return new Profile(id, "Bio of user " + id, (id * 7919) % 10007);
    }

    public static List<Post> posts(long id) {
        return java.util.stream.IntStream.rangeClosed(1, POSTS_PER_USER)
                .mapToObj(k -> new Post(id * 10 + k, id, "Post " + k + " of user " + id))
                .toList();
    }
}
