package dev.jvmwait.harness;

import java.util.HashMap;
import java.util.Map;

/** A command's {@code --name value} options; a name without a value is a flag ({@code "true"}). */
record Options(Map<String, String> values) {

    static Options parse(String[] args, String... required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(name, hasValue ? args[++i] : "true");
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("missing --" + name);
            }
        }
        return new Options(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
