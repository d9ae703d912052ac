package dev.jvmwait.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.Problem;
import dev.jvmwait.domain.UserDirectory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP upstream of {@code BACKEND=http}: {@code GET /users/{id}}, {@code /users/{id}/profile} and
 * {@code /users/{id}/posts}, each with {@code ?delayMs=}, answering API.md's data after the delay on a Vert.x timer,
 * so that a thousand waiting calls hold no thread. Bad input gets the same words as the API's (a problem, 400 or 404).
 *
 * <pre>PORT=8090 HOST=127.0.0.1 java -jar upstream/target/upstream.jar</pre>
 */
public final class Upstream {

    public static final int DEFAULT_PORT = 8090;

    private static final Pattern PATH = Pattern.compile("/users/([^/]+)(/profile|/posts)?");
    private static final JsonMapper JSON = new JsonMapper();

    private final Vertx vertx;

    private Upstream(Vertx vertx) {
        this.vertx = vertx;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", Integer.toString(DEFAULT_PORT)));
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        Vertx vertx = Vertx.vertx();
        start(vertx, host, port).onSuccess(server -> System.out.println("upstream: listening on http://" + host + ":"
                        + server.actualPort()))
                .onFailure(e -> {
                    System.err.println("upstream: cannot listen on " + host + ":" + port + ": " + e.getMessage());
                    System.exit(1);
                });
        // SIGTERM: stop taking connections, then exit.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> vertx.close().await()));
    }

    /** Starts the upstream on {@code port} (0: any free one). */
    public static Future<HttpServer> start(Vertx vertx, String host, int port) {
        Upstream upstream = new Upstream(vertx);
        return vertx.createHttpServer().requestHandler(upstream::handle).listen(port, host);
    }

    private void handle(HttpServerRequest request) {
        try {
            Matcher path = PATH.matcher(request.path());
            if (!"GET".equals(request.method().name()) || !path.matches()) {
                throw ApiException.notFound(Messages.noEndpoint(request.path()));
            }
            long id = Params.userId(path.group(1));
            Duration delay = Params.delay(request.getParam(Params.DELAY));
            LongFunction<Object> answer = switch (path.group(2) == null ? "" : path.group(2)) {
                case "/profile" -> UserDirectory::profile;
                case "/posts" -> UserDirectory::posts;
                default -> UserDirectory::user;
            };
            if (delay.isZero()) {
                send(request, 200, "application/json", answer.apply(id));
            } else {
                vertx.setTimer(delay.toMillis(), timer -> send(request, 200, "application/json", answer.apply(id)));
            }
        } catch (ApiException e) {
            send(request, e.status(), Problem.MEDIA_TYPE, e.toProblem(request.path()));
        }
    }

    private static void send(HttpServerRequest request, int status, String contentType, Object body) {
        try {
            request.response().setStatusCode(status).putHeader("Content-Type", contentType).end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            request.response().setStatusCode(500).end();
        }
    }
}
