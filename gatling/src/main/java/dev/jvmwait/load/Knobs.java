package dev.jvmwait.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Every knob of a simulation, read from a system property with a default, so one class serves every run size. */
public final class Knobs {

    private Knobs() {
    }

    public static String baseUrl() {
        return text("baseUrl", "http://127.0.0.1:8081");
    }

    public static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    public static double decimal(String name, double fallback) {
        return Double.parseDouble(text(name, Double.toString(fallback)));
    }

    /** A comma-separated ladder such as {@code 50,200,500,1000}. */
    public static List<Integer> ladder(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** Seconds, fractions allowed ({@code 1.5}). */
    public static Duration seconds(String name, double fallback) {
        return Duration.ofMillis(Math.round(decimal(name, fallback) * 1000));
    }

    public static boolean flag(String name, boolean fallback) {
        return Boolean.parseBoolean(text(name, Boolean.toString(fallback)));
    }
}
