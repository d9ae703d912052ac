package dev.jvmwait.load;

import java.util.Arrays;
import java.util.List;

/**
 * A cell of the {@link Scenario} table: what one scenario runs in one profile. A ladder of concurrent users
 * (closed model) and/or of arrival rates (open model), the I/O wait each request asks for where it waits, the
 * fibonacci each request computes where it computes one, and the step's measured window where it differs from
 * the profile's. Built by name: {@code users(50, 200).waitMs(500)}, {@code users(1, 4).n(27)}, {@code rates(1500)},
 * {@code users(1000).waitMs(2000).withRates(2000)}.
 */
public record Load(List<Integer> users, List<Integer> rates, Integer waitMs, Integer n, Double stepS) {

    public static Load users(Integer... users) {
        return new Load(Arrays.asList(users), null, null, null, null);
    }

    public static Load rates(Integer... rates) {
        return new Load(null, Arrays.asList(rates), null, null, null);
    }

    /** An open-model ladder beside the closed one, for a scenario that has both. */
    public Load withRates(Integer... rates) {
        return new Load(users, Arrays.asList(rates), waitMs, n, stepS);
    }

    public Load waitMs(int waitMs) {
        return new Load(users, rates, waitMs, n, stepS);
    }

    public Load n(int n) {
        return new Load(users, rates, waitMs, n, stepS);
    }

    public Load stepS(double stepS) {
        return new Load(users, rates, waitMs, n, stepS);
    }
}
