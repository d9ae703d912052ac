package dev.jvmwait.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * settings/*.json: what each running service said about its own pools (GET /internal/settings), one flat
 * label → value object per service, read by Jackson in the service's order. The labels are the services'
 * own words, so they are matched loosely ("contains max threads"), never typed in.
 */
public final class Settings {

    /** The module that serves each target of API.md, for settings files named after the service. */
    private static final Map<String, String> SERVICE_OF = Map.of(
            "blocking", "blocking-mvc",
            "virtual", "virtual-threads",
            "reactive", "reactive-quarkus",
            "coroutines", "reactive-quarkus",
            "quarkus-virtual", "reactive-quarkus");

    private static final JsonMapper JSON = new JsonMapper();
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OBJECT = new TypeReference<>() {
    };

    private final Map<String, Map<String, String>> byService;

    Settings(Map<String, Map<String, String>> byService) {
        this.byService = byService;
    }

    public static Settings read(Path dir) throws IOException {
        Map<String, Map<String, String>> byService = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                    try {
                        byService.put(name, values(JSON.readValue(file.toFile(), OBJECT)));
                    } catch (JsonProcessingException e) {
                        byService.put(name, Map.of("(unreadable)", e.getOriginalMessage()));
                    }
                }
            }
        }
        return new Settings(byService);
    }

    /** Each value as the table shows it: text as it is, numbers and booleans as written, null as empty. */
    private static Map<String, String> values(Map<String, JsonNode> json) {
        Map<String, String> values = new LinkedHashMap<>();
        json.forEach((label, value) -> values.put(label,
                value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString()));
        return values;
    }

    public boolean isEmpty() {
        return byService.isEmpty();
    }

    public List<String> services() {
        return List.copyOf(byService.keySet());
    }

    public Map<String, String> of(String service) {
        return byService.getOrDefault(service, Map.of());
    }

    /** Every label of every service, in first-seen order: the rows of the settings table. */
    public List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        byService.values().forEach(m -> labels.addAll(m.keySet()));
        return List.copyOf(labels);
    }

    /** The settings file of a target: named after the target, or after the module that serves it. */
    public Optional<String> serviceFor(String target) {
        if (byService.containsKey(target)) {
            return Optional.of(target);
        }
        String service = SERVICE_OF.get(target);
        if (service != null && byService.containsKey(service)) {
            return Optional.of(service);
        }
        if (service != null) {
            String family = service.contains("quarkus") ? "quarkus" : service;
            return byService.keySet().stream().filter(s -> s.contains(family)).findFirst();
        }
        return Optional.empty();
    }

    /** The first label of the target's settings that contains all the words (case- and punctuation-blind). */
    public Optional<Map.Entry<String, String>> find(String target, String... words) {
        return serviceFor(target).flatMap(service -> of(service).entrySet().stream()
                .filter(e -> containsAll(normalise(e.getKey()), words))
                .findFirst());
    }

    /** Like {@link #find}, but only a label whose value is a whole number ("2"), skipping e.g. "PT2S" or "unbounded". */
    public Optional<Map.Entry<String, String>> findCount(String target, String... words) {
        return serviceFor(target).flatMap(service -> of(service).entrySet().stream()
                .filter(e -> containsAll(normalise(e.getKey()), words) && e.getValue().trim().matches("\\d[\\d_,]*"))
                .findFirst());
    }

    /** The first whole number in a value: "200" → 200, "2 (Quarkus default)" → 2. */
    static Optional<Integer> intValue(String value) {
        Matcher number = Pattern.compile("\\d+").matcher(value.replace(",", "").replace("_", ""));
        return number.find() ? Optional.of(Integer.parseInt(number.group())) : Optional.empty();
    }

    private static boolean containsAll(String label, String... words) {
        for (String w : words) {
            if (!label.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Tomcat maxThreads" → "tomcat max threads"; "server.tomcat.threads.max" → "server tomcat threads max". */
    static String normalise(String label) {
        String spaced = label.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
