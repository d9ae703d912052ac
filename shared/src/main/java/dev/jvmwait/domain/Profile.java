package dev.jvmwait.domain;

/** A user's profile, the second of the dashboard's three lookups. */
public record Profile(long userId, String bio, long followers) {
}
