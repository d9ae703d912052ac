package dev.jvmwait.report;

import dev.jvmwait.results.ServiceSettings;
import java.util.Map;
import java.util.Optional;

/** How a target runs its handlers: what decides which lesson's expectation applies to it. */
public enum Style {
    PLATFORM_POOL("thread per request (platform pool)"),
    VIRTUAL_THREADS("virtual thread per request"),
    EVENT_LOOP("event loop"),
    UNKNOWN("unknown style");

    private static final Map<String, Style> KNOWN = Map.of(
            "blocking", PLATFORM_POOL,
            "virtual", VIRTUAL_THREADS,
            "reactive", EVENT_LOOP,
            "coroutines", EVENT_LOOP,
            "quarkus-virtual", VIRTUAL_THREADS);

    private final String description;

    Style(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The style of a target of API.md; for another (--url) target, what its settings say about its threads. */
    public static Style of(String target, Settings settings) {
        Style known = KNOWN.get(target);
        if (known != null) {
            return known;
        }
        Optional<ServiceSettings> reported = settings.forTarget(target);
        if (reported.map(ServiceSettings::virtualRequestThreads).orElse(false)) {
            return VIRTUAL_THREADS;
        }
        if (reported.flatMap(ServiceSettings::eventLoops).isPresent()) {
            return EVENT_LOOP;
        }
        if (reported.flatMap(ServiceSettings::platformPool).isPresent()) {
            return PLATFORM_POOL;
        }
        return UNKNOWN;
    }

    /** Handlers that wait without holding a platform thread: the styles lesson 1 expects to keep up. */
    public boolean waitsWithoutAThread() {
        return this == VIRTUAL_THREADS || this == EVENT_LOOP;
    }
}
