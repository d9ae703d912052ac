package dev.jvmwait.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jvmwait.contract.ApiClient.Response;
import dev.jvmwait.domain.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API of API.md, row by row, written once and run against every target: each service module
 * subclasses it and says where the target is and what it should report about itself.
 */
public abstract class ApiContract {

    private static final List<String> LEAKS = List.of(
            "Exception", "\tat ", "java.", "jakarta.", "org.springframework", "io.quarkus", "io.vertx",
            "tools.jackson", "com.fasterxml", "kotlin.", "Whitelabel", "RESTEASY");

    protected ApiClient api;

    /** The target's base URL, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract String baseUrl();

    /** The target's name in API.md: blocking, virtual, reactive, coroutines or quarkus-virtual. */
    protected abstract String targetName();

    protected abstract boolean handlersRunOnVirtualThreads();

    protected abstract boolean handlersRunOnEventLoop();

    @BeforeEach
    void connect() {
        api = new ApiClient(baseUrl());
    }

    // ---- answers ----

    @Test
    void userIsTheDeterministicUserOfThatId() {
        Response response = api.get("/api/users/42?delayMs=0");
        assertJson(200, response);
        assertEquals(Map.of("id", 42L, "name", "User 42", "email", "user42@example.com"), response.json());
    }

    @Test
    void userWaitsTheDefaultHundredMillisecondsWhenNoDelayIsGiven() {
        Response response = api.get("/api/users/1000000");
        assertJson(200, response);
        assertEquals(1_000_000L, response.json().get("id"));
        assertAtLeast(Duration.ofMillis(90), response.took());
    }

    @Test
    void userWaitsTheDelayItIsGiven() {
        Response response = api.get("/api/users/3?delayMs=300");
        assertJson(200, response);
        assertAtLeast(Duration.ofMillis(290), response.took());
    }

    @Test
    void dashboardPutsUserProfileAndPostsTogetherConcurrentlyByDefault() {
        Response response = api.get("/api/users/7/dashboard?delayMs=0");
        assertJson(200, response);
        Map<String, Object> dashboard = response.json();
        assertEquals(List.of("user", "profile", "posts", "mode"), List.copyOf(dashboard.keySet()));
        assertEquals(Map.of("id", 7L, "name", "User 7", "email", "user7@example.com"), dashboard.get("user"));
        assertEquals(Map.of("userId", 7L, "bio", "Bio of user 7", "followers", (7L * 7919) % 10007), dashboard.get("profile"));
        assertEquals(List.of(
                Map.of("id", 71L, "userId", 7L, "title", "Post 1 of user 7"),
                Map.of("id", 72L, "userId", 7L, "title", "Post 2 of user 7"),
                Map.of("id", 73L, "userId", 7L, "title", "Post 3 of user 7")), dashboard.get("posts"));
        assertEquals("concurrent", dashboard.get("mode"));
    }

    @Test
    void dashboardSaysWhichModeItRan() {
        assertEquals("sequential", api.get("/api/users/7/dashboard?delayMs=0&mode=sequential").json().get("mode"));
        assertEquals("concurrent", api.get("/api/users/7/dashboard?delayMs=0&mode=concurrent").json().get("mode"));
    }

    @Test
    void concurrentDashboardTakesAboutOneWaitAndSequentialAboutThree() {
        Response concurrent = api.get("/api/users/9/dashboard?delayMs=200&mode=concurrent");
        Response sequential = api.get("/api/users/9/dashboard?delayMs=200&mode=sequential");
        assertJson(200, concurrent);
        assertJson(200, sequential);
        assertAtLeast(Duration.ofMillis(190), concurrent.took());
        assertTrue(concurrent.took().compareTo(Duration.ofMillis(550)) < 0,
                "three 200 ms lookups at once should take well under 600 ms, took " + concurrent.took().toMillis() + " ms");
        assertAtLeast(Duration.ofMillis(590), sequential.took());
    }

    @Test
    void fibonacciComputesTheNumberOfItsPath() {
        assertEquals(Map.of("n", 0L, "result", 0L), api.get("/api/compute/fibonacci/0").json());
        assertEquals(Map.of("n", 1L, "result", 1L), api.get("/api/compute/fibonacci/1").json());
        Response response = api.get("/api/compute/fibonacci/30");
        assertJson(200, response);
        assertEquals(Map.of("n", 30L, "result", 832040L), response.json());
    }

    @Test
    void mixedWaitsForTheUserThenComputes() {
        Response response = api.get("/api/mixed/5?delayMs=0&n=10");
        assertJson(200, response);
        assertEquals(Map.of(
                "user", Map.of("id", 5L, "name", "User 5", "email", "user5@example.com"),
                "fibonacci", Map.of("n", 10L, "result", 55L)), response.json());
    }

    @Test
    void mixedComputesFibonacciOfTwentyFiveByDefault() {
        assertEquals(Map.of("n", 25L, "result", 75025L), api.get("/api/mixed/5?delayMs=0").json().get("fibonacci"));
    }

    @Test
    void createdPostIsStoredAndFoundAtItsLocation() {
        Response created = api.postJson("/api/posts", "{\"userId\": 12, \"title\": \"Hello\", \"body\": \"First words\"}");
        assertJson(201, created);
        Map<String, Object> post = created.json();
        Object id = post.get("id");
        assertEquals(Map.of("id", id, "userId", 12L, "title", "Hello", "body", "First words"), post);
        assertEquals("/api/posts/" + id, created.header("Location"));

        Response found = api.get("/api/posts/" + id);
        assertJson(200, found);
        assertEquals(post, found.json());
    }

    @Test
    void everyCreatedPostGetsANewId() {
        String json = "{\"userId\": 1, \"title\": \"t\", \"body\": \"\"}";
        assertNotEquals(api.postJson("/api/posts", json).json().get("id"), api.postJson("/api/posts", json).json().get("id"));
    }

    @Test
    void postAcceptsJsonWithACharsetAndTheLongestFields() {
        String title = "é".repeat(200);
        String body = "b".repeat(10_000);
        Response created = api.post("/api/posts", "application/json; charset=UTF-8",
                ("{\"userId\": 1000000, \"title\": " + Json.quote(title) + ", \"body\": " + Json.quote(body) + "}")
                        .getBytes(StandardCharsets.UTF_8));
        assertJson(201, created);
        assertEquals(title, created.json().get("title"));
    }

    @Test
    void blockingCallMistakeStillAnswersWithUserOne() {
        Response response = api.get("/api/mistakes/blocking-call?delayMs=50");
        assertJson(200, response);
        assertEquals(Map.of("id", 1L, "name", "User 1", "email", "user1@example.com"), response.json());
        assertAtLeast(Duration.ofMillis(45), response.took());
    }

    @Test
    void cpuInHandlerMistakeAnswersLikeFibonacci() {
        Response response = api.get("/api/mistakes/cpu-in-handler/15");
        assertJson(200, response);
        assertEquals(Map.of("n", 15L, "result", 610L), response.json());
    }

    @Test
    void threadReportsTheHandlersThread() {
        Response response = api.get("/api/thread");
        assertJson(200, response);
        Map<String, Object> thread = response.json();
        assertEquals(List.of("name", "virtual", "eventLoop"), List.copyOf(thread.keySet()));
        assertFalse(((String) thread.get("name")).isBlank());
        assertEquals(handlersRunOnVirtualThreads(), thread.get("virtual"), () -> "virtual, in " + thread);
        assertEquals(handlersRunOnEventLoop(), thread.get("eventLoop"), () -> "eventLoop, in " + thread);
    }

    @Test
    void runtimeNamesTheTargetAndWhatItRunsOn() {
        Response response = api.get("/api/runtime");
        assertJson(200, response);
        Map<String, Object> runtime = response.json();
        assertEquals(List.of("target", "framework", "java", "processors"), List.copyOf(runtime.keySet()));
        assertEquals(targetName(), runtime.get("target"));
        assertTrue(((String) runtime.get("framework")).matches("(Spring Boot|Quarkus) \\d+\\.\\d+.*"), runtime.toString());
        assertEquals(Runtime.version().feature(), Runtime.Version.parse((String) runtime.get("java")).feature());
        assertTrue((Long) runtime.get("processors") >= 1);
    }

    // ---- 400: not a number, out of range ----

    @Test
    void pathParameterThatIsNotANumberIsABadRequest() {
        assertProblem(400, Messages.notAWholeNumber("id", "abc"), "/api/users/abc");
        assertProblem(400, Messages.notAWholeNumber("id", "1.5"), "/api/users/1.5/dashboard");
        assertProblem(400, Messages.notAWholeNumber("n", "ten"), "/api/compute/fibonacci/ten");
        assertProblem(400, Messages.notAWholeNumber("id", "x"), "/api/mixed/x");
        assertProblem(400, Messages.notAWholeNumber("id", "first"), "/api/posts/first");
        assertProblem(400, Messages.notAWholeNumber("n", "big"), "/api/mistakes/cpu-in-handler/big");
    }

    @Test
    void queryParameterThatIsNotANumberIsABadRequest() {
        assertProblem(400, Messages.notAWholeNumber("delayMs", "soon"), "/api/users/1?delayMs=soon");
        assertProblem(400, Messages.notAWholeNumber("n", "2x"), "/api/mixed/1?delayMs=0&n=2x");
        assertProblem(400, Messages.notAWholeNumber("delayMs", "1e3"), "/api/mistakes/blocking-call?delayMs=1e3");
    }

    @Test
    void emptyQueryParameterCountsAsAbsent() {
        Response dashboard = api.get("/api/users/1/dashboard?delayMs=&mode=");
        assertJson(200, dashboard);
        assertEquals("concurrent", dashboard.json().get("mode"));
        assertEquals(Map.of("n", 25L, "result", 75025L), api.get("/api/mixed/5?delayMs=0&n=").json().get("fibonacci"));
    }

    @Test
    void delayOutsideZeroToTenThousandIsABadRequest() {
        assertProblem(400, Messages.delayOutOfRange("-1"), "/api/users/1?delayMs=-1");
        assertProblem(400, Messages.delayOutOfRange("10001"), "/api/users/1/dashboard?delayMs=10001");
        assertProblem(400, Messages.delayOutOfRange("99999999999999999999999"), "/api/mixed/1?delayMs=99999999999999999999999");
        assertProblem(400, Messages.delayOutOfRange("20000"), "/api/mistakes/blocking-call?delayMs=20000");
    }

    @Test
    void fibonacciOutsideZeroToFortyIsABadRequest() {
        assertProblem(400, Messages.fibonacciOutOfRange("41"), "/api/compute/fibonacci/41");
        assertProblem(400, Messages.fibonacciOutOfRange("-1"), "/api/compute/fibonacci/-1");
        assertProblem(400, Messages.fibonacciOutOfRange("50"), "/api/mixed/1?delayMs=0&n=50");
        assertProblem(400, Messages.fibonacciOutOfRange("41"), "/api/mistakes/cpu-in-handler/41");
    }

    @Test
    void unknownModeIsABadRequest() {
        assertProblem(400, Messages.modeInvalid("parallel"), "/api/users/1/dashboard?delayMs=0&mode=parallel");
        assertProblem(400, Messages.modeInvalid("CONCURRENT"), "/api/users/1/dashboard?delayMs=0&mode=CONCURRENT");
    }

    @Test
    void idBelowOneIsABadRequest() {
        assertProblem(400, Messages.userIdTooSmall(0), "/api/users/0");
        assertProblem(400, Messages.userIdTooSmall(-5), "/api/users/-5/dashboard");
        assertProblem(400, Messages.userIdTooSmall(0), "/api/mixed/0");
        assertProblem(400, Messages.postIdTooSmall(0), "/api/posts/0");
    }

    // ---- 404 ----

    @Test
    void userPastTheLastIsNotFound() {
        assertProblem(404, Messages.noSuchUser("1000001"), "/api/users/1000001?delayMs=0");
        assertProblem(404, Messages.noSuchUser("1000001"), "/api/users/1000001/dashboard?delayMs=0");
        assertProblem(404, Messages.noSuchUser("99999999999"), "/api/mixed/99999999999?delayMs=0");
    }

    @Test
    void postThatWasNeverStoredIsNotFound() {
        assertProblem(404, Messages.noSuchPost(987654321987L), "/api/posts/987654321987");
    }

    @Test
    void unknownPathUnderApiIsNotFound() {
        for (String path : List.of("/api/nothing-here", "/api/users/1/friends", "/api", "/api/compute/fibonacci")) {
            assertFrameworkProblem(404, api.get(path), path);
        }
    }

    @Test
    void unknownPathIsNotFoundWhateverTheMethod() {
        assertFrameworkProblem(404, api.method("DELETE", "/api/nothing-here"), "/api/nothing-here");
    }

    // ---- 405 ----

    @Test
    void methodThePathDoesNotSupportIsNotAllowed() {
        assertFrameworkProblem(405, api.method("DELETE", "/api/users/1"), "/api/users/1");
        assertFrameworkProblem(405, api.get("/api/posts"), "/api/posts");
        assertFrameworkProblem(405, api.method("PUT", "/api/posts/1"), "/api/posts/1");
        assertFrameworkProblem(405, api.postJson("/api/compute/fibonacci/3", "{}"), "/api/compute/fibonacci/3");
    }

    // ---- 406 ----

    @Test
    void acceptHeaderThatRulesOutJsonIsNotAcceptable() {
        Response response = api.get("/api/users/1?delayMs=0", "Accept", "text/html");
        assertFrameworkProblem(406, response, "/api/users/1");
    }

    @Test
    void acceptHeaderThatAllowsJsonAmongOthersGetsJson() {
        assertJson(200, api.get("/api/users/1?delayMs=0", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
    }

    // ---- POST /api/posts: 400, 413, 415 ----

    @Test
    void postWithMalformedJsonIsABadRequest() {
        for (String malformed : List.of("{\"userId\": 1, \"title\": ", "", "{'userId': 1}", "{} x")) {
            assertFrameworkProblem(400, api.postJson("/api/posts", malformed), "/api/posts");
        }
    }

    @Test
    void postThatIsNotAnObjectIsABadRequest() {
        assertPostRejected(400, Messages.bodyNotAnObject(), "[1, 2]");
        assertPostRejected(400, Messages.bodyNotAnObject(), "\"a post\"");
        // JSON's null: a body that says nothing, which a framework may refuse before the domain sees it
        assertFrameworkProblem(400, api.postJson("/api/posts", "null"), "/api/posts");
    }

    @Test
    void postWithAMissingFieldIsABadRequest() {
        assertPostRejected(400, Messages.fieldMissing("userId"), "{\"title\": \"t\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.fieldMissing("title"), "{\"userId\": 1, \"body\": \"b\"}");
        assertPostRejected(400, Messages.fieldMissing("body"), "{\"userId\": 1, \"title\": \"t\"}");
    }

    @Test
    void postWithAWronglyTypedFieldIsABadRequest() {
        assertPostRejected(400, Messages.fieldNotAWholeNumber("userId"), "{\"userId\": \"1\", \"title\": \"t\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.fieldNotAWholeNumber("userId"), "{\"userId\": 1.5, \"title\": \"t\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.fieldNotAString("title"), "{\"userId\": 1, \"title\": 7, \"body\": \"b\"}");
        assertPostRejected(400, Messages.fieldNotAString("body"), "{\"userId\": 1, \"title\": \"t\", \"body\": null}");
    }

    @Test
    void postWithAValueOutOfRangeIsABadRequest() {
        assertPostRejected(400, Messages.postUserIdOutOfRange(0), "{\"userId\": 0, \"title\": \"t\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.postUserIdOutOfRange(1_000_001), "{\"userId\": 1000001, \"title\": \"t\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.titleLength(0), "{\"userId\": 1, \"title\": \"\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.titleLength(201), "{\"userId\": 1, \"title\": \"" + "t".repeat(201) + "\", \"body\": \"b\"}");
        assertPostRejected(400, Messages.bodyLength(10_001), "{\"userId\": 1, \"title\": \"t\", \"body\": \"" + "b".repeat(10_001) + "\"}");
    }

    @Test
    void postLargerThanSixtyFourKibibytesIsTooLarge() {
        byte[] large = ("{\"userId\": 1, \"title\": \"t\", \"body\": \"" + "b".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertFrameworkProblem(413, api.post("/api/posts", "application/json", large), "/api/posts");
    }

    @Test
    void chunkedPostLargerThanSixtyFourKibibytesIsTooLarge() {
        byte[] large = ("{\"userId\": 1, \"title\": \"t\", \"body\": \"" + "b".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertFrameworkProblem(413, api.postChunked("/api/posts", "application/json", large), "/api/posts");
    }

    @Test
    void postThatIsNotJsonIsAnUnsupportedMediaType() {
        byte[] json = "{\"userId\": 1, \"title\": \"t\", \"body\": \"b\"}".getBytes(StandardCharsets.UTF_8);
        assertFrameworkProblem(415, api.post("/api/posts", "text/plain", json), "/api/posts");
        assertFrameworkProblem(415, api.post("/api/posts", "application/xml", json), "/api/posts");
        assertFrameworkProblem(415, api.post("/api/posts", null, json), "/api/posts");
    }

    // ---- helpers ----

    private void assertPostRejected(int status, String detail, String body) {
        assertProblem(status, detail, api.postJson("/api/posts", body), "/api/posts");
    }

    private void assertProblem(int status, String detail, String path) {
        assertProblem(status, detail, api.get(path), path);
    }

    /** A problem detail as API.md wants it: its media type, its fields, the same words, nothing leaked. */
    protected void assertProblem(int status, String detail, Response response, String path) {
        String instance = api.serverPath(path.split("\\?")[0]);
        assertAll(path,
                () -> assertEquals(status, response.status(), () -> "status of " + path + ": " + response),
                () -> assertEquals("application/problem+json", response.mediaType(), () -> "media type of " + path + ": " + response),
                () -> {
                    Map<String, Object> problem = response.json();
                    assertEquals("about:blank", problem.get("type"));
                    assertNotNull(problem.get("title"), "title");
                    assertEquals((long) status, problem.get("status"));
                    assertEquals(detail, problem.get("detail"));
                    assertEquals(instance, problem.get("instance"));
                },
                () -> LEAKS.forEach(leak -> assertFalse(response.body().contains(leak),
                        () -> "the body of " + path + " gives away '" + leak + "': " + response.body())));
    }

    /**
     * An error the framework raises itself (no route, a method or media type it does not serve, a
     * body it cannot read or will not take): API.md v2 asks for the status and a problem detail,
     * in the framework's own words; {@code instance}, where the framework gives one, is the path.
     */
    protected void assertFrameworkProblem(int status, Response response, String path) {
        String instance = api.serverPath(path.split("\\?")[0]);
        assertAll(path,
                () -> assertEquals(status, response.status(), () -> "status of " + path + ": " + response),
                () -> assertEquals("application/problem+json", response.mediaType(), () -> "media type of " + path + ": " + response),
                () -> {
                    Map<String, Object> problem = response.json();
                    assertNotNull(problem.get("type"), "type");
                    assertNotNull(problem.get("title"), "title");
                    assertEquals((long) status, problem.get("status"));
                    assertFalse(((String) problem.get("detail")).isBlank(), "detail");
                    if (problem.containsKey("instance")) {
                        assertEquals(instance, problem.get("instance"));
                    }
                },
                () -> LEAKS.forEach(leak -> assertFalse(response.body().contains(leak),
                        () -> "the body of " + path + " gives away '" + leak + "': " + response.body())));
    }

    private static void assertJson(int status, Response response) {
        assertEquals(status, response.status(), response::toString);
        assertEquals("application/json", response.mediaType(), response::toString);
    }

    private static void assertAtLeast(Duration least, Duration took) {
        assertTrue(took.compareTo(least) >= 0, "expected at least " + least.toMillis() + " ms, took " + took.toMillis() + " ms");
    }
}
