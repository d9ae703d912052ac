package dev.jvmwait.mvc.support;

import java.util.Map;

/** A bean that reports the concurrency settings it really runs with, for {@code GET /internal/settings}. */
public interface SettingsSource {

    Map<String, Object> settings();
}
