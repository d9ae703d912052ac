package dev.jvmwait.load;

import java.util.Arrays;
import java.util.List;

/**
 * A cell of the {@link Scenario} table: what one scenario runs in one profile. A ladder of concurrent users
 * (closed model) or of arrival rates (open model), the fibonacci each request computes where it computes one,
 * and the step's measured window where it differs from the profile's. Built by name:
 * {@code users(50, 200).n(27)}, {@code rates(1500, 3000)}.
 */
public record Load(List<Integer> users, List<Integer> rates, Integer n, Double stepS) {

    public static Load users(Integer... users) {
        return new Load(Arrays.asList(users), null, null, null);
    }

    public static Load rates(Integer... rates) {
        return new Load(null, Arrays.asList(rates), null, null);
    }

    public Load n(int n) {
        return new Load(users, rates, n, stepS);
    }

    public Load stepS(double stepS) {
        return new Load(users, rates, n, stepS);
    }
}
