package dev.jvmwait.domain;

/** The answer of the mixed endpoint: one I/O wait, then CPU work. */
public record Mixed(User user, Fibonacci fibonacci) {
}
