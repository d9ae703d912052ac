package dev.jvmwait.quarkus.support;

import io.quarkus.runtime.Quarkus;

/** What this service runs on, read from the Quarkus jar itself rather than typed in. */
public final class Framework {

    private Framework() {
    }

    public static String version() {
        String version = Quarkus.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    public static String nameAndVersion() {
        return "Quarkus " + version();
    }
}
