package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FibonacciTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "2, 1", "10, 55", "25, 75025", "40, 102334155"})
    void isTheClassicSequence(int n, long result) {
        assertEquals(new Fibonacci(n, result), Fibonacci.compute(n));
    }
}
