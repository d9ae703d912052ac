package dev.jvmwait.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * settings/&lt;target&gt;.json: what a running service answered to GET /internal/settings. Every label → value
 * in the service's order, for the report's settings table, and the numbers the lessons' rules use, bound by
 * their labels (spring-support's SettingsController, reactive-quarkus's SettingsResource).
 *
 * @param values every label and its value, as the service wrote them
 * @param reported the settings the report reasons with
 */
public record ServiceSettings(Map<String, JsonNode> values, Reported reported) {

    /** The labels the report reads, bound by Jackson; a label the service did not write is {@code null}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reported(
            @JsonProperty("framework") String framework,
            @JsonProperty("request threads") String requestThreads,
            /* A number for a platform pool; the virtual-thread service writes "unbounded (virtual)". */
            @JsonProperty(TOMCAT_MAX_THREADS) JsonNode tomcatMaxThreads,
            @JsonProperty(EVENT_LOOPS) JsonNode eventLoops) {
    }

    /** A number a service reported, and the label it gave it (the report names its source). */
    public record Setting(String label, int value) {
    }

    public static final String TOMCAT_MAX_THREADS = "tomcat max threads";
    public static final String EVENT_LOOPS = "Vert.x event loops";

    private static final JsonMapper JSON = new JsonMapper();
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OBJECT = new TypeReference<>() {
    };

    public static ServiceSettings read(Path file) throws IOException {
        LinkedHashMap<String, JsonNode> values = JSON.readValue(file.toFile(), OBJECT);
        return new ServiceSettings(values, JSON.convertValue(values, Reported.class));
    }

    /** Tomcat's pool of platform threads, if the service has one. */
    public Optional<Setting> platformPool() {
        return count(TOMCAT_MAX_THREADS, reported.tomcatMaxThreads());
    }

    /**
     * How many event loops Vert.x runs: under its label, or, should a service word it otherwise, the first
     * whole number under a label that names an event loop.
     */
    public Optional<Setting> eventLoops() {
        return count(EVENT_LOOPS, reported.eventLoops()).or(() -> values.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).matches(".*event.?loop.*"))
                .flatMap(e -> count(e.getKey(), e.getValue()).stream())
                .findFirst());
    }

    /** The framework the service runs on, without its version ({@code Spring Boot}, {@code Quarkus}), if it said. */
    public Optional<String> stack() {
        return Optional.ofNullable(reported.framework()).map(f -> f.replaceAll("\\s+[0-9][^\\s]*$", "").trim())
                .filter(f -> !f.isEmpty());
    }

    /** Whether the service said it runs each request on a virtual thread. */
    public boolean virtualRequestThreads() {
        return reported.requestThreads() != null && reported.requestThreads().toLowerCase(Locale.ROOT).contains("virtual");
    }

    /** Each value as the table shows it: text as it is, numbers and booleans as written, null as empty. */
    public Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((label, value) -> shown.put(label,
                value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString()));
        return shown;
    }

    private static Optional<Setting> count(String label, JsonNode value) {
        return value != null && value.canConvertToInt() && value.isIntegralNumber()
                ? Optional.of(new Setting(label, value.intValue())) : Optional.empty();
    }
}
