package dev.jvmwait.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jvmwait.results.ServiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * settings/*.json: what each running service said about its own pools (GET /internal/settings), one
 * {@link ServiceSettings} per file, by the service's name; a target finds its service's file by its own name or
 * the module that serves it. The passes over real backends keep what the services said with their default pools in
 * settings/&lt;backend&gt;/*.json: their pools' labels join the service's column.
 */
public final class Settings {

    /** The module that serves each target of API.md, for settings files named after the service. */
    private static final Map<String, String> SERVICE_OF = Map.of(
            "blocking", "blocking-mvc",
            "virtual", "virtual-threads",
            "reactive", "reactive-quarkus",
            "coroutines", "reactive-quarkus",
            "quarkus-virtual", "reactive-quarkus");

    private final Map<String, ServiceSettings> byService;
    private final Map<String, String> unreadable;

    Settings(Map<String, ServiceSettings> byService, Map<String, String> unreadable) {
        this.byService = byService;
        this.unreadable = unreadable;
    }

    public static Settings read(Path dir) throws IOException {
        Map<String, ServiceSettings> byService = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                    try {
                        byService.put(name, ServiceSettings.read(file));
                    } catch (JsonProcessingException e) {
                        unreadable.put(name, e.getOriginalMessage());
                    } catch (IllegalArgumentException e) { // a label the report reads holds a value of another kind
                        unreadable.put(name, e.getMessage());
                    }
                }
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> backends = Files.list(dir)) {
                for (Path backend : backends.filter(Files::isDirectory).sorted().toList()) {
                    mergeNewLabels(backend, byService);
                }
            }
        }
        return new Settings(byService, unreadable);
    }

    /** Adds to each service's settings the labels its file in {@code backendDir} has and the main file does not. */
    private static void mergeNewLabels(Path backendDir, Map<String, ServiceSettings> byService) throws IOException {
        try (Stream<Path> files = Files.list(backendDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                ServiceSettings main = byService.get(name);
                if (main == null) {
                    continue;
                }
                try {
                    Map<String, JsonNode> values = new LinkedHashMap<>(main.values());
                    ServiceSettings.read(file).values().forEach(values::putIfAbsent);
                    byService.put(name, new ServiceSettings(values, main.reported()));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    // a pass's settings that do not read add nothing; the main file's stand
                }
            }
        }
    }

    public boolean isEmpty() {
        return byService.isEmpty() && unreadable.isEmpty();
    }

    /** Every service that wrote a settings file, in file-name order. */
    public List<String> services() {
        return Stream.concat(byService.keySet().stream(), unreadable.keySet().stream()).sorted().toList();
    }

    /** A service's labels and values as the table shows them; an unreadable file says so. */
    public Map<String, String> of(String service) {
        if (unreadable.containsKey(service)) {
            return Map.of("(unreadable)", unreadable.get(service));
        }
        ServiceSettings settings = byService.get(service);
        return settings == null ? Map.of() : settings.shown();
    }

    /** Every label of every service, in first-seen order: the rows of the settings table. */
    public List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        services().forEach(service -> labels.addAll(of(service).keySet()));
        return List.copyOf(labels);
    }

    /** The settings of a target's service, if it wrote a readable file. */
    public Optional<ServiceSettings> forTarget(String target) {
        return serviceFor(target).map(byService::get);
    }

    /** The settings file of a target: named after the target, or after the module that serves it. */
    private Optional<String> serviceFor(String target) {
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
}
