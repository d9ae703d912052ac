package dev.jvmwait.harness;

import com.sun.management.OperatingSystemMXBean;
import dev.jvmwait.load.Profile;
import dev.jvmwait.load.Scenario;
import dev.jvmwait.results.Environment;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's environment.json: what compare.sh knows (flags, core split), the profile's warm-ups and
 * knobs from the {@link Scenario} table, and what this JVM sees (the date, the JDK, the machine's cores and
 * memory), the JDK being the one every process of the run uses.
 *
 * <pre>java -cp ... dev.jvmwait.harness.RecordEnvironment --results results/2026... --profile default --repeat 1
 *   --os "$(uname -srm)" --cpu-model "..." --server-jvm-flags "-Xms1g ..." --gatling-jvm-flags "..."
 *   --cpu-split "..." --server-cores 1 --gatling-cores 1 --targets a,b --scenarios x,y --commit abc123
 *   [--external name=url,...]</pre>
 */
public final class RecordEnvironment {

    private RecordEnvironment() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "results", "profile", "repeat", "server-jvm-flags", "gatling-jvm-flags",
                "cpu-split", "server-cores", "gatling-cores", "targets", "scenarios");
        Profile profile = Profile.named(o.get("profile"));
        List<Scenario> scenarios = Plan.scenarios(profile, o.get("scenarios"));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Environment environment = new Environment(
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                profile.label(), Integer.valueOf(o.get("repeat")),
                o.getOrDefault("os", System.getProperty("os.name") + " " + System.getProperty("os.version")),
                Runtime.getRuntime().availableProcessors(), blankAsNull(o.get("cpu-model")),
                Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024) * 10) / 10.0,
                System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                words(o.get("server-jvm-flags")), words(o.get("gatling-jvm-flags")), o.get("cpu-split"),
                Integer.valueOf(o.get("server-cores")), Integer.valueOf(o.get("gatling-cores")),
                null, profile.warmS(), list(o.get("targets"), ","),
                scenarios.stream().map(Scenario::label).toList(), Plan.knobWords(profile, scenarios),
                blankAsNull(o.get("commit")), external(o.getOrDefault("external", "")), profile.warmUpCapS(),
                profile.jitWaitCapS(), o.getOrDefault("backend", "sleep"));
        environment.write(Path.of(o.get("results")));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<String> words(String text) {
        return list(text, " ");
    }

    private static List<String> list(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code name=url,name=url} → name → url. */
    private static Map<String, String> external(String text) {
        Map<String, String> external = new LinkedHashMap<>();
        list(text, ",").forEach(entry -> external.put(entry.substring(0, entry.indexOf('=')),
                entry.substring(entry.indexOf('=') + 1)));
        return external.isEmpty() ? null : external;
    }
}
