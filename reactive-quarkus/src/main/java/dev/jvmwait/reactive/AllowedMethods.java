package dev.jvmwait.reactive;

import dev.jvmwait.reactive.kotlin.CoroutinesResource;
import dev.jvmwait.reactive.virtual.VirtualThreadsResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path supports, for the Allow header of a 405: Quarkus REST throws its
 * NotAllowedException without one, so it is read here from the resources' own annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Endpoint(Pattern path, String method) {
    }

    private final List<Endpoint> endpoints = new ArrayList<>();

    public AllowedMethods() {
        for (Class<?> resource : List.of(ReactiveResource.class, CoroutinesResource.class, VirtualThreadsResource.class)) {
            String prefix = resource.getAnnotation(Path.class).value();
            for (Method handler : resource.getDeclaredMethods()) {
                Path path = handler.getAnnotation(Path.class);
                String method = httpMethod(handler);
                if (path != null && method != null) {
                    endpoints.add(new Endpoint(template(prefix + path.value()), method));
                }
            }
        }
    }

    /** For example "GET, HEAD, OPTIONS": Quarkus REST answers HEAD and OPTIONS wherever GET is served. */
    public String allow(String path) {
        Set<String> methods = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().matcher(path).matches()) {
                methods.add(endpoint.method());
                methods.add(HttpMethod.OPTIONS);
                if (endpoint.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return String.join(", ", methods);
    }

    private static String httpMethod(Method handler) {
        for (Annotation annotation : handler.getAnnotations()) {
            HttpMethod method = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (method != null) {
                return method.value();
            }
        }
        return null;
    }

    /** "/api/users/{id}" becomes ^/api/users/[^/]+$. */
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\{[^}]+}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
