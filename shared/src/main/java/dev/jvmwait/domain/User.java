package dev.jvmwait.domain;

/** A user of the deterministic directory, as every target returns it. */
public record User(long id, String name, String email) {
}
