package dev.jvmwait.domain;

import java.util.Locale;

/** How the dashboard runs its three lookups: all at once, or one after the other. */
public enum FanOutMode {
    CONCURRENT, SEQUENTIAL;

    public static final String PARAMETER = "mode";

    /** The value as it appears in the query string and in the answer. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the {@code mode} query parameter; absent (or empty) means concurrent. */
    public static FanOutMode parse(String raw) {
        if (Params.absent(raw)) {
            return CONCURRENT;
        }
        for (FanOutMode mode : values()) {
            if (mode.wireName().equals(raw)) {
                return mode;
            }
        }
        throw ApiException.badRequest(Messages.modeInvalid(raw));
    }
}
