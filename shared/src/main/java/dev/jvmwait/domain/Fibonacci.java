package dev.jvmwait.domain;

/** The CPU-bound work: naive recursive fibonacci, slow on purpose, the same everywhere. */
public record Fibonacci(int n, long result) {

    public static final int MAX_N = 40;
    public static final int DEFAULT_MIXED_N = 25;

    /** Computes fib(n) the exponential way, on the calling thread. */
    public static Fibonacci compute(int n) {
        return new Fibonacci(n, fib(n));
    }

    static long fib(int n) {
        return n <= 1 ? n : fib(n - 1) + fib(n - 2);
    }
}
