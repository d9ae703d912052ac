package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void delayDefaultsToOneHundredMilliseconds() {
        assertEquals(Duration.ofMillis(100), Params.delay(null));
        assertEquals(Duration.ofMillis(100), Params.delay(""));
        assertEquals(Duration.ZERO, Params.delay("0"));
        assertEquals(Duration.ofMillis(10_000), Params.delay("10000"));
    }

    @Test
    void delayOutOfRangeOrNotANumberIsABadRequest() {
        assertRejected(400, Messages.delayOutOfRange("10001"), () -> Params.delay("10001"));
        assertRejected(400, Messages.delayOutOfRange("-1"), () -> Params.delay("-1"));
        assertRejected(400, Messages.delayOutOfRange("123456789012345678901234567890"), () -> Params.delay("123456789012345678901234567890"));
        assertRejected(400, Messages.notAWholeNumber("delayMs", " 5"), () -> Params.delay(" 5"));
    }

    @Test
    void userIdMustBeFromOneToOneMillion() {
        assertEquals(1, Params.userId("1"));
        assertEquals(1_000_000, Params.userId("1000000"));
        assertRejected(400, Messages.userIdTooSmall(0), () -> Params.userId("0"));
        assertRejected(404, Messages.noSuchUser("1000001"), () -> Params.userId("1000001"));
        assertRejected(404, Messages.noSuchUser("99999999999999999999"), () -> Params.userId("99999999999999999999"));
        assertRejected(400, Messages.notAWholeNumber("id", "one"), () -> Params.userId("one"));
    }

    @Test
    void fibonacciArgumentIsFromZeroToForty() {
        assertEquals(40, Params.fibonacciN("40"));
        assertEquals(25, Params.fibonacciN(null, 25));
        assertEquals(25, Params.fibonacciN("", 25));
        assertRejected(400, Messages.fibonacciOutOfRange("41"), () -> Params.fibonacciN("41"));
        assertRejected(400, Messages.notAWholeNumber("n", null), () -> Params.fibonacciN(null));
    }

    @Test
    void modeIsConcurrentUnlessSaidOtherwise() {
        assertEquals(FanOutMode.CONCURRENT, FanOutMode.parse(null));
        assertEquals(FanOutMode.CONCURRENT, FanOutMode.parse(""));
        assertEquals(FanOutMode.SEQUENTIAL, FanOutMode.parse("sequential"));
        assertRejected(400, Messages.modeInvalid("Sequential"), () -> FanOutMode.parse("Sequential"));
    }

    @Test
    void echoedValuesAreCutShort() {
        String detail = Messages.notAWholeNumber("id", "x".repeat(5_000));
        assertEquals(true, detail.length() < 100, detail);
    }

    static void assertRejected(int status, String detail, Runnable call) {
        ApiException rejected = assertThrows(ApiException.class, call::run);
        assertEquals(status, rejected.status());
        assertEquals(detail, rejected.detail());
    }
}
