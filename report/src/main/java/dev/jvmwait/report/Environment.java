package dev.jvmwait.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** environment.txt: the {@code key: value} lines that make the run fair and repeatable, in file order. */
public record Environment(Map<String, String> entries) {

    private static final Pattern CPU_LIST = Pattern.compile("(\\d+)(?:-(\\d+))?");

    public static Environment read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.isBlank() && !line.startsWith("#")) {
                    entries.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        }
        return new Environment(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The value of the first key that contains all the given words (case-insensitive). */
    public Optional<String> find(String... words) {
        return entries.entrySet().stream()
                .filter(e -> {
                    String key = e.getKey().toLowerCase(Locale.ROOT);
                    for (String w : words) {
                        if (!key.contains(w)) {
                            return false;
                        }
                    }
                    return true;
                })
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * The cores the server processes ran on: from a pinning entry such as {@code server cpus: 1} or
     * {@code server cores: 0-1}, else the machine's {@code cores}; empty if neither is written.
     */
    public Optional<Integer> serverCores() {
        Optional<String> pinned = find("server", "cpu").or(() -> find("server", "core")).or(() -> find("service", "cpu"))
                .or(() -> find("service", "core"));
        if (pinned.isPresent()) {
            Optional<Integer> count = countCpuList(pinned.get());
            if (count.isPresent()) {
                return count;
            }
        }
        return find("cores").or(() -> find("processors")).flatMap(Environment::firstInt);
    }

    /** "1" → 1 core if it reads as a count; "0-1" or "0,1" → the number of listed CPUs. */
    static Optional<Integer> countCpuList(String value) {
        String v = value.trim();
        if (v.matches("\\d+")) {
            return Optional.of(Integer.parseInt(v)).filter(n -> n > 0).or(() -> Optional.of(1));
        }
        String list = v.replaceAll(".*?(\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*).*", "$1");
        if (!list.matches("\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*")) {
            return firstInt(v);
        }
        int count = 0;
        Matcher m = CPU_LIST.matcher(list);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            count += Math.max(1, to - from + 1);
        }
        return count > 0 ? Optional.of(count) : Optional.empty();
    }

    static Optional<Integer> firstInt(String value) {
        Matcher m = Pattern.compile("\\d+").matcher(value);
        return m.find() ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
    }
}
