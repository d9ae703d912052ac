package dev.jvmwait.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a lookup of a user, a profile or posts waits on, chosen when a service starts ({@code BACKEND}, API.md
 * "Backends"): the simulated wait, a real PostgreSQL, or a real HTTP upstream. The handlers do not change; the
 * {@code UserLookups} a service is wired with does.
 */
public enum Backend {
    /** The simulated wait of each style: a sleep, a timer, {@code delay()}. Needs nothing else. */
    SLEEP("the simulated wait"),
    /** One SQL query on PostgreSQL over an index, waiting inside the database when delayMs &gt; 0. */
    POSTGRES("the database (postgres)"),
    /** One HTTP call to the upstream service, which answers after delayMs. */
    HTTP("the upstream service (http)");

    /** The upstream the project starts ({@code upstream} module), as {@code UPSTREAM_URL} defaults to it. */
    public static final String DEFAULT_UPSTREAM = "http://127.0.0.1:8090";

    private final String description;

    Backend(String description) {
        this.description = description;
    }

    /** {@code sleep}, {@code postgres} or {@code http}, as {@code BACKEND} and {@code /api/runtime} name it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend, as an answer's {@code detail} names it. */
    public String description() {
        return description;
    }

    /** {@code BACKEND} from this environment: {@link #SLEEP} if unset; anything else but the three names is an error. */
    public static Backend of(Map<String, String> environment) {
        String value = environment.get("BACKEND");
        if (value == null || value.isBlank()) {
            return SLEEP;
        }
        return Arrays.stream(values()).filter(b -> b.label().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("BACKEND must be sleep, postgres or http, not " + value));
    }

    /** The 503 a lookup answers when this backend is down or too slow to connect: it names the backend, never a driver's text. */
    public ApiException unavailable() {
        return new ApiException(503, Messages.backendUnavailable(description));
    }
}
