package dev.jvmwait.harness;

import dev.jvmwait.load.Knobs;
import dev.jvmwait.load.Load;
import dev.jvmwait.load.Profile;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.load.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a run measures, from the {@link Scenario} table: compare.sh asks it which scenarios to run and how
 * many steps they have, and {@code ./compare.sh --plan} shows it. One line per step of one target, after a
 * {@code #} line on the profile:
 *
 * <pre>java -cp ... dev.jvmwait.harness.Plan --profile quick [--scenarios io,cpu]   (or --targets: the profile's, if it has its own)
 * # quick: two warm-up phases per target, each until steady, up to 40 s; each step at least 1 s of warm-up ...
 * io                1              users=200    delay 500 ms
 * ...</pre>
 */
public final class Plan {

    private Plan() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, "profile");
            Profile profile = Profile.named(options.get("profile"));
            if (options.has("targets")) {
                System.out.println(String.join(",", profile.targets()));
                return;
            }
            for (String line : lines(profile, scenarios(profile, options.getOrDefault("scenarios", "")))) {
                System.out.println(line);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** The scenarios named (checked against the table), or, if none, the profile's own. */
    static List<Scenario> scenarios(Profile profile, String names) {
        return names.isBlank() ? Scenario.of(profile)
                : Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(Scenario::named).toList();
    }

    static List<String> lines(Profile profile, List<Scenario> scenarios) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "# %s: %s; each step at least %s s of warm-up (and one wait), then %s s measured,"
                        + " unless it says%s%s", profile.label(), profile.warmUpCapS() > 0
                        ? "two warm-up phases per target, each until steady, up to " + number(profile.warmUpCapS()) + " s"
                        : "no warm-up", number(profile.warmS()), number(profile.stepS()),
                profile.jitWaitCapS() > 0 ? "; a closed step's window waits up to " + number(profile.jitWaitCapS())
                        + " s more for a quiet server JIT" : "",
                profile.failOnErrors() ? "; any failed request fails the run" : ""));
        for (Scenario scenario : scenarios) {
            Knobs knobs = Knobs.of(scenario, profile);
            for (Step step : scenario.steps(knobs)) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-17s %-14s %-12s", scenario.label(),
                        step.label(), step.users() != null ? "users=" + step.users() : "rate=" + Math.round(step.rate()) + "/s"));
                if (step.delayMs() != null && step.delayMs() > 0) {
                    line.append(" delay ").append(step.delayMs()).append(" ms");
                }
                if (step.n() != null) {
                    line.append(" n=").append(step.n());
                }
                if (step.probe()) {
                    line.append(" probe");
                }
                if (step.liveHeap()) {
                    line.append(" live heap");
                }
                if (knobs.stepS() != profile.stepS()) {
                    line.append(" measured ").append(number(knobs.stepS())).append(" s");
                }
                lines.add(line.toString().stripTrailing());
            }
        }
        return lines;
    }

    /** The knobs of a run as environment.json records them: the profile's, then each scenario's own. */
    static List<String> knobWords(Profile profile, List<Scenario> scenarios) {
        List<String> words = new ArrayList<>(List.of("warmUpCapS=" + number(profile.warmUpCapS()), "warmS=" + number(profile.warmS()),
                "jitWaitCapS=" + number(profile.jitWaitCapS()), "stepS=" + number(profile.stepS()),
                "probeRps=" + number(profile.probeRps())));
        for (Scenario scenario : scenarios) {
            Load load = scenario.load(profile);
            if (load.users() != null) {
                words.add(scenario.label() + ".users=" + join(load.users()));
            }
            if (load.rates() != null) {
                words.add(scenario.label() + ".rates=" + join(load.rates()));
            }
            if (load.waitMs() != null) {
                words.add(scenario.label() + ".waitMs=" + load.waitMs());
            }
            if (load.n() != null) {
                words.add(scenario.label() + ".n=" + load.n());
            }
            if (load.stepS() != null) {
                words.add(scenario.label() + ".stepS=" + number(load.stepS()));
            }
        }
        return words;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
