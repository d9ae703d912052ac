package dev.jvmwait.load;

import java.util.Arrays;
import java.util.List;

/**
 * What a simulation runs with: its scenario's cell of the {@link Scenario} table for the run's profile
 * ({@code -Dprofile=quick}; {@code default} if none), then any knob given as a system property over it
 * ({@code -Dusers=10,20}, {@code -DdelayMs=500}, {@code -DstepS=1}, {@code -DfailOnErrors=true}, ...), and the target's address
 * ({@code -DbaseUrl}). Measure sets the profile; a reader running one simulation by hand may set any knob.
 */
public record Knobs(String baseUrl, List<Integer> users, List<Integer> rates, int delayMs, Integer n, double warmS,
                    double jitWaitCapS, double stepS, double probeRps, boolean failOnErrors) {

    /** The knobs of a simulation of this scenario in this JVM: the profile's cell, system properties over it. */
    public static Knobs of(Scenario scenario) {
        Knobs table = of(scenario, Profile.named(text("profile", Profile.DEFAULT.label())));
        String n = text("n", table.n() == null ? null : table.n().toString());
        return new Knobs(text("baseUrl", table.baseUrl()), ladder("users", table.users()), ladder("rates", table.rates()),
                Integer.parseInt(text("delayMs", Integer.toString(table.delayMs()))), n == null ? null : Integer.valueOf(n),
                decimal("warmS", table.warmS()), decimal("jitWaitCapS", table.jitWaitCapS()), decimal("stepS", table.stepS()),
                decimal("probeRps", table.probeRps()),
                Boolean.parseBoolean(text("failOnErrors", Boolean.toString(table.failOnErrors()))));
    }

    /** The table's knobs alone, as compare.sh's plan shows them. */
    public static Knobs of(Scenario scenario, Profile profile) {
        Load load = scenario.load(profile);
        return new Knobs("http://127.0.0.1:8081", load.users(), load.rates(), load.waitMs() == null ? 0 : load.waitMs(), load.n(),
                Math.max(profile.warmS(), scenario.minStepWarmS()),
                scenario.jitWaitCapS(profile), load.stepS() != null ? load.stepS() : profile.stepS(), profile.probeRps(), profile.failOnErrors());
    }

    /**
     * The same steps with a wait of {@code delayMs} where they wait, and fibonacci {@code n} where they compute one: the
     * warm-up's paths.
     */
    public Knobs withWaitAndN(int delayMs, int n) {
        return new Knobs(baseUrl, users, rates, this.delayMs > 0 ? delayMs : 0, this.n == null ? null : n, warmS, jitWaitCapS,
                stepS, probeRps, failOnErrors);
    }

    /** The one level of users of a scenario that does not climb a ladder. */
    public int fixedUsers() {
        return users.getFirst();
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static double decimal(String name, double fallback) {
        return Double.parseDouble(text(name, Double.toString(fallback)));
    }

    /** A comma-separated ladder such as {@code -Dusers=50,200,500}. */
    private static List<Integer> ladder(String name, List<Integer> fallback) {
        String value = text(name, null);
        return value == null ? fallback : Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
