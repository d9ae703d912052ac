package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ParamsTest {

    @ParameterizedTest
    @NullAndEmptySource
    void absentDelayIsOneHundredMilliseconds(String raw) {
        assertEquals(Duration.ofMillis(100), Params.delay(raw));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "250, 250", "10000, 10000"})
    void delayIsTheMillisecondsGiven(String raw, long millis) {
        assertEquals(Duration.ofMillis(millis), Params.delay(raw));
    }

    @ParameterizedTest
    @MethodSource
    void delayOutOfRangeOrNotANumberIsABadRequest(String raw, String detail) {
        assertRejected(400, detail, () -> Params.delay(raw));
    }

    static Stream<Arguments> delayOutOfRangeOrNotANumberIsABadRequest() {
        return Stream.of(
                arguments("10001", Messages.delayOutOfRange("10001")),
                arguments("-1", Messages.delayOutOfRange("-1")),
                arguments("123456789012345678901234567890", Messages.delayOutOfRange("123456789012345678901234567890")),
                arguments(" 5", Messages.notAWholeNumber("delayMs", " 5")));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1000000, 1000000"})
    void userIdIsFromOneToOneMillion(String raw, long id) {
        assertEquals(id, Params.userId(raw));
    }

    @ParameterizedTest
    @MethodSource
    void userIdOutsideOneToOneMillionIsRejected(String raw, int status, String detail) {
        assertRejected(status, detail, () -> Params.userId(raw));
    }

    static Stream<Arguments> userIdOutsideOneToOneMillionIsRejected() {
        return Stream.of(
                arguments("0", 400, Messages.userIdTooSmall(0)),
                arguments("1000001", 404, Messages.noSuchUser("1000001")),
                arguments("99999999999999999999", 404, Messages.noSuchUser("99999999999999999999")),
                arguments("one", 400, Messages.notAWholeNumber("id", "one")));
    }

    @Test
    void fibonacciArgumentMayBeForty() {
        assertEquals(40, Params.fibonacciN("40"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentOptionalFibonacciArgumentTakesItsDefault(String raw) {
        assertEquals(25, Params.fibonacciN(raw, 25));
    }

    @ParameterizedTest
    @MethodSource
    void fibonacciArgumentOutsideZeroToFortyIsABadRequest(String raw, String detail) {
        assertRejected(400, detail, () -> Params.fibonacciN(raw));
    }

    static Stream<Arguments> fibonacciArgumentOutsideZeroToFortyIsABadRequest() {
        return Stream.of(
                arguments("41", Messages.fibonacciOutOfRange("41")),
                arguments(null, Messages.notAWholeNumber("n", null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void modeIsConcurrentUnlessSaidOtherwise(String raw) {
        assertEquals(FanOutMode.CONCURRENT, FanOutMode.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"sequential, SEQUENTIAL", "concurrent, CONCURRENT"})
    void modeIsReadByItsLowerCaseName(String raw, FanOutMode mode) {
        assertEquals(mode, FanOutMode.parse(raw));
    }

    @Test
    void modeInAnotherCaseIsABadRequest() {
        assertRejected(400, Messages.modeInvalid("Sequential"), () -> FanOutMode.parse("Sequential"));
    }

    @Test
    void echoedValuesAreCutShort() {
        String detail = Messages.notAWholeNumber("id", "x".repeat(5_000));
        assertTrue(detail.length() < 100, detail);
    }

    static void assertRejected(int status, String detail, Executable call) {
        ApiException rejected = assertThrows(ApiException.class, call);
        assertEquals(status, rejected.status());
        assertEquals(detail, rejected.detail());
    }
}
