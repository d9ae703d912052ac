package dev.jvmwait.contract;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.jvmwait.domain.Messages;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.LogConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API of API.md, row by row, written once and run against every target: each service module
 * subclasses it and says where the target is and what it should report about itself.
 */
public abstract class ApiContract {

    private static final List<String> LEAKS = List.of(
            "Exception", "\tat ", "java.", "jakarta.", "org.springframework", "io.quarkus", "io.vertx",
            "tools.jackson", "com.fasterxml", "kotlin.", "Whitelabel", "RESTEASY");

    private static final String POSTS = "/api/posts";
    private static final Duration DASHBOARD_DELAY = Duration.ofMillis(300);

    /** Every request of the suite starts from this: the target's address, sent as written, logged if it fails. */
    protected RequestSpecification api;

    private String basePath;

    /** The target's base URL, e.g. {@code http://127.0.0.1:8083/kotlin}. */
    protected abstract String baseUrl();

    /** The target's name in API.md: blocking, virtual, reactive, coroutines or quarkus-virtual. */
    protected abstract String targetName();

    protected abstract boolean handlersRunOnVirtualThreads();

    /** What the target's lookups wait on ({@code BACKEND}): sleep unless a suite starts it over a real backend. */
    protected String backendName() {
        return "sleep";
    }

    protected abstract boolean handlersRunOnEventLoop();

    @BeforeEach
    void connect() {
        URI target = URI.create(baseUrl().replaceAll("/$", ""));
        basePath = target.getRawPath();
        api = new RequestSpecBuilder()
                .setBaseUri(target.getScheme() + "://" + target.getHost())
                .setPort(target.getPort())
                .setBasePath(basePath)
                .setConfig(RestAssured.config()
                        // a Content-Type goes out exactly as a test writes it, with no charset added
                        .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                        .logConfig(LogConfig.logConfig().enableLoggingOfRequestAndResponseIfValidationFails()))
                .build();
    }

    // ---- answers ----

    @Test
    void userIsTheDeterministicUserOfThatId() {
        given(api).when().get("/api/users/42?delayMs=0")
                .then().spec(json(200))
                .body("", equalTo(user(42)));
    }

    @Test
    void userWaitsTheDefaultHundredMillisecondsWhenNoDelayIsGiven() {
        given(api).when().get("/api/users/1000000")
                .then().spec(json(200))
                .body("id", equalTo(1_000_000))
                .time(greaterThanOrEqualTo(90L), MILLISECONDS);
    }

    @Test
    void userWaitsTheDelayItIsGiven() {
        given(api).when().get("/api/users/3?delayMs=300")
                .then().spec(json(200))
                .time(greaterThanOrEqualTo(290L), MILLISECONDS);
    }

    @Test
    void dashboardPutsUserProfileAndPostsTogetherConcurrentlyByDefault() {
        given(api).when().get("/api/users/7/dashboard?delayMs=0")
                .then().spec(json(200))
                .body("keySet()", contains("user", "profile", "posts", "mode"))
                .body("user", equalTo(user(7)))
                .body("profile", equalTo(Map.of("userId", 7, "bio", "Bio of user 7", "followers", 5398)))
                .body("posts", contains(
                        Map.of("id", 71, "userId", 7, "title", "Post 1 of user 7"),
                        Map.of("id", 72, "userId", 7, "title", "Post 2 of user 7"),
                        Map.of("id", 73, "userId", 7, "title", "Post 3 of user 7")))
                .body("mode", equalTo("concurrent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "concurrent"})
    void dashboardSaysWhichModeItRan(String mode) {
        given(api).queryParam("delayMs", 0).queryParam("mode", mode)
                .when().get("/api/users/7/dashboard")
                .then().spec(json(200))
                .body("mode", equalTo(mode));
    }

    @Test
    void concurrentDashboardComesBackBeforeASequentialOneSentAtTheSameMoment() {
        try (ApiClient raw = new ApiClient(baseUrl())) {
            long sent = System.nanoTime();
            CompletableFuture<Arrival> sequential = raw.getAsync(dashboard("sequential")).thenApply(Arrival::now);
            CompletableFuture<Arrival> concurrent = raw.getAsync(dashboard("concurrent")).thenApply(Arrival::now);

            concurrent.join().response().then().spec(json(200)).body("mode", equalTo("concurrent"));
            sequential.join().response().then().spec(json(200)).body("mode", equalTo("sequential"));
            assertTrue(concurrent.join().nanos() < sequential.join().nanos(),
                    "three lookups at once should be back before three one after the other");
            assertAtLeast(DASHBOARD_DELAY, concurrent.join().since(sent));
            assertAtLeast(DASHBOARD_DELAY.multipliedBy(3), sequential.join().since(sent));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "30, 832040"})
    void fibonacciComputesTheNumberOfItsPath(int n, int result) {
        given(api).when().get("/api/compute/fibonacci/{n}", n)
                .then().spec(json(200))
                .body("", equalTo(Map.of("n", n, "result", result)));
    }

    @Test
    void mixedWaitsForTheUserThenComputes() {
        given(api).when().get("/api/mixed/5?delayMs=0&n=10")
                .then().spec(json(200))
                .body("", equalTo(Map.of("user", user(5), "fibonacci", Map.of("n", 10, "result", 55))));
    }

    @Test
    void mixedComputesFibonacciOfTwentyFiveByDefault() {
        given(api).when().get("/api/mixed/5?delayMs=0")
                .then().spec(json(200))
                .body("fibonacci", equalTo(Map.of("n", 25, "result", 75025)));
    }

    @Test
    void createdPostIsStoredAndFoundAtItsLocation() {
        Map<String, Object> post = given(api).contentType(ContentType.JSON)
                .body("""
                        {"userId": 12, "title": "Hello", "body": "First words"}""")
                .when().post(POSTS)
                .then().spec(json(201))
                .body("keySet()", containsInAnyOrder("id", "userId", "title", "body"))
                .body("id", notNullValue())
                .body("userId", equalTo(12))
                .body("title", equalTo("Hello"))
                .body("body", equalTo("First words"))
                .header("Location", created -> equalTo("/api/posts/" + created.path("id")))
                .extract().jsonPath().getMap("");

        given(api).when().get("/api/posts/{id}", post.get("id"))
                .then().spec(json(200))
                .body("", equalTo(post));
    }

    @Test
    void everyCreatedPostGetsANewId() {
        String post = """
                {"userId": 1, "title": "t", "body": ""}""";
        assertNotEquals(createdId(post), createdId(post));
    }

    @Test
    void postAcceptsJsonWithACharsetAndTheLongestFields() {
        String title = "é".repeat(200);
        String body = "b".repeat(10_000);
        given(api).contentType("application/json; charset=UTF-8")
                .body("""
                        {"userId": 1000000, "title": "%s", "body": "%s"}""".formatted(title, body).getBytes(StandardCharsets.UTF_8))
                .when().post(POSTS)
                .then().spec(json(201))
                .body("title", equalTo(title))
                .body("body", equalTo(body));
    }

    @Test
    void blockingCallMistakeStillAnswersWithUserOne() {
        given(api).when().get("/api/mistakes/blocking-call?delayMs=50")
                .then().spec(json(200))
                .body("", equalTo(user(1)))
                .time(greaterThanOrEqualTo(45L), MILLISECONDS);
    }

    @Test
    void cpuInHandlerMistakeAnswersLikeFibonacci() {
        given(api).when().get("/api/mistakes/cpu-in-handler/15")
                .then().spec(json(200))
                .body("", equalTo(Map.of("n", 15, "result", 610)));
    }

    @Test
    void threadReportsTheHandlersThread() {
        given(api).when().get("/api/thread")
                .then().spec(json(200))
                .body("keySet()", contains("name", "virtual", "eventLoop"))
                .body("name", not(blankOrNullString()))
                .body("virtual", equalTo(handlersRunOnVirtualThreads()))
                .body("eventLoop", equalTo(handlersRunOnEventLoop()));
    }

    @Test
    void runtimeNamesTheTargetAndWhatItRunsOn() {
        String java = given(api).when().get("/api/runtime")
                .then().spec(json(200))
                .body("keySet()", contains("target", "framework", "java", "processors", "backend"))
                .body("target", equalTo(targetName()))
                .body("backend", equalTo(backendName()))
                .body("framework", matchesPattern("(Spring Boot|Quarkus) \\d+\\.\\d+.*"))
                .body("processors", greaterThanOrEqualTo(1))
                .extract().path("java");
        assertEquals(Runtime.version().feature(), Runtime.Version.parse(java).feature(), "java " + java);
    }

    // ---- 400: not a number, out of range ----

    @ParameterizedTest
    @MethodSource
    void pathParameterThatIsNotANumberIsABadRequest(String path, String detail) {
        expectProblem(400, detail, path);
    }

    static Stream<Arguments> pathParameterThatIsNotANumberIsABadRequest() {
        return Stream.of(
                arguments("/api/users/abc", Messages.notAWholeNumber("id", "abc")),
                arguments("/api/users/1.5/dashboard", Messages.notAWholeNumber("id", "1.5")),
                arguments("/api/compute/fibonacci/ten", Messages.notAWholeNumber("n", "ten")),
                arguments("/api/mixed/x", Messages.notAWholeNumber("id", "x")),
                arguments("/api/posts/first", Messages.notAWholeNumber("id", "first")),
                arguments("/api/mistakes/cpu-in-handler/big", Messages.notAWholeNumber("n", "big")));
    }

    @ParameterizedTest
    @MethodSource
    void queryParameterThatIsNotANumberIsABadRequest(String path, String detail) {
        expectProblem(400, detail, path);
    }

    static Stream<Arguments> queryParameterThatIsNotANumberIsABadRequest() {
        return Stream.of(
                arguments("/api/users/1?delayMs=soon", Messages.notAWholeNumber("delayMs", "soon")),
                arguments("/api/mixed/1?delayMs=0&n=2x", Messages.notAWholeNumber("n", "2x")),
                arguments("/api/mistakes/blocking-call?delayMs=1e3", Messages.notAWholeNumber("delayMs", "1e3")));
    }

    @Test
    void emptyQueryParameterCountsAsAbsent() {
        given(api).when().get("/api/users/1/dashboard?delayMs=&mode=")
                .then().spec(json(200))
                .body("mode", equalTo("concurrent"));
        given(api).when().get("/api/mixed/5?delayMs=0&n=")
                .then().spec(json(200))
                .body("fibonacci", equalTo(Map.of("n", 25, "result", 75025)));
    }

    @ParameterizedTest
    @MethodSource
    void delayOutsideZeroToTenThousandIsABadRequest(String path, String detail) {
        expectProblem(400, detail, path);
    }

    static Stream<Arguments> delayOutsideZeroToTenThousandIsABadRequest() {
        return Stream.of(
                arguments("/api/users/1?delayMs=-1", Messages.delayOutOfRange("-1")),
                arguments("/api/users/1/dashboard?delayMs=10001", Messages.delayOutOfRange("10001")),
                arguments("/api/mixed/1?delayMs=99999999999999999999999", Messages.delayOutOfRange("99999999999999999999999")),
                arguments("/api/mistakes/blocking-call?delayMs=20000", Messages.delayOutOfRange("20000")));
    }

    @ParameterizedTest
    @MethodSource
    void fibonacciOutsideZeroToFortyIsABadRequest(String path, String detail) {
        expectProblem(400, detail, path);
    }

    static Stream<Arguments> fibonacciOutsideZeroToFortyIsABadRequest() {
        return Stream.of(
                arguments("/api/compute/fibonacci/41", Messages.fibonacciOutOfRange("41")),
                arguments("/api/compute/fibonacci/-1", Messages.fibonacciOutOfRange("-1")),
                arguments("/api/mixed/1?delayMs=0&n=50", Messages.fibonacciOutOfRange("50")),
                arguments("/api/mistakes/cpu-in-handler/41", Messages.fibonacciOutOfRange("41")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"parallel", "CONCURRENT"})
    void unknownModeIsABadRequest(String mode) {
        expectProblem(400, Messages.modeInvalid(mode), "/api/users/1/dashboard?delayMs=0&mode=" + mode);
    }

    @ParameterizedTest
    @MethodSource
    void idBelowOneIsABadRequest(String path, String detail) {
        expectProblem(400, detail, path);
    }

    static Stream<Arguments> idBelowOneIsABadRequest() {
        return Stream.of(
                arguments("/api/users/0", Messages.userIdTooSmall(0)),
                arguments("/api/users/-5/dashboard", Messages.userIdTooSmall(-5)),
                arguments("/api/mixed/0", Messages.userIdTooSmall(0)),
                arguments("/api/posts/0", Messages.postIdTooSmall(0)));
    }

    // ---- 404 ----

    @ParameterizedTest
    @MethodSource
    void userPastTheLastIsNotFound(String path, String detail) {
        expectProblem(404, detail, path);
    }

    static Stream<Arguments> userPastTheLastIsNotFound() {
        return Stream.of(
                arguments("/api/users/1000001?delayMs=0", Messages.noSuchUser("1000001")),
                arguments("/api/users/1000001/dashboard?delayMs=0", Messages.noSuchUser("1000001")),
                arguments("/api/mixed/99999999999?delayMs=0", Messages.noSuchUser("99999999999")));
    }

    @Test
    void postThatWasNeverStoredIsNotFound() {
        expectProblem(404, Messages.noSuchPost(987654321987L), "/api/posts/987654321987");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing-here", "/api/users/1/friends", "/api", "/api/compute/fibonacci"})
    void unknownPathUnderApiIsNotFound(String path) {
        given(api).when().get(path).then().spec(frameworkProblem(404, path));
    }

    @Test
    void unknownPathIsNotFoundWhateverTheMethod() {
        given(api).when().delete("/api/nothing-here").then().spec(frameworkProblem(404, "/api/nothing-here"));
    }

    // ---- 405 ----

    @ParameterizedTest
    @CsvSource({"DELETE, /api/users/1", "GET, /api/posts", "PUT, /api/posts/1"})
    void methodThePathDoesNotSupportIsNotAllowed(String method, String path) {
        given(api).when().request(method, path).then().spec(frameworkProblem(405, path));
    }

    @Test
    void postWhereOnlyGetIsServedIsNotAllowed() {
        given(api).contentType(ContentType.JSON).body("{}")
                .when().post("/api/compute/fibonacci/3")
                .then().spec(frameworkProblem(405, "/api/compute/fibonacci/3"));
    }

    // ---- 406 ----

    @Test
    void acceptHeaderThatRulesOutJsonIsNotAcceptable() {
        given(api).accept("text/html")
                .when().get("/api/users/1?delayMs=0")
                .then().spec(frameworkProblem(406, "/api/users/1"));
    }

    @Test
    void acceptHeaderThatAllowsJsonAmongOthersGetsJson() {
        given(api).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .when().get("/api/users/1?delayMs=0")
                .then().spec(json(200));
    }

    // ---- POST /api/posts: 400, 413, 415 ----

    @ParameterizedTest
    @ValueSource(strings = {"{\"userId\": 1, \"title\": ", "", "{'userId': 1}", "{} x"})
    void postWithMalformedJsonIsABadRequest(String malformed) {
        postJson(malformed).then().spec(frameworkProblem(400, POSTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"a post\""})
    void postThatIsNotAnObjectIsABadRequest(String body) {
        postJson(body).then().spec(problem(400, Messages.bodyNotAnObject(), POSTS));
    }

    @Test
    void postOfJsonNullIsABadRequest() {
        // a body that says nothing, which a framework may refuse before the domain sees it
        postJson("null").then().spec(frameworkProblem(400, POSTS));
    }

    @ParameterizedTest
    @MethodSource
    void postWithAMissingFieldIsABadRequest(String body, String detail) {
        postJson(body).then().spec(problem(400, detail, POSTS));
    }

    static Stream<Arguments> postWithAMissingFieldIsABadRequest() {
        return Stream.of(
                arguments("{\"title\": \"t\", \"body\": \"b\"}", Messages.fieldMissing("userId")),
                arguments("{\"userId\": 1, \"body\": \"b\"}", Messages.fieldMissing("title")),
                arguments("{\"userId\": 1, \"title\": \"t\"}", Messages.fieldMissing("body")));
    }

    @ParameterizedTest
    @MethodSource
    void postWithAWronglyTypedFieldIsABadRequest(String body, String detail) {
        postJson(body).then().spec(problem(400, detail, POSTS));
    }

    static Stream<Arguments> postWithAWronglyTypedFieldIsABadRequest() {
        return Stream.of(
                arguments("{\"userId\": \"1\", \"title\": \"t\", \"body\": \"b\"}", Messages.fieldNotAWholeNumber("userId")),
                arguments("{\"userId\": 1.5, \"title\": \"t\", \"body\": \"b\"}", Messages.fieldNotAWholeNumber("userId")),
                arguments("{\"userId\": 1, \"title\": 7, \"body\": \"b\"}", Messages.fieldNotAString("title")),
                arguments("{\"userId\": 1, \"title\": \"t\", \"body\": null}", Messages.fieldNotAString("body")));
    }

    @ParameterizedTest
    @MethodSource
    void postWithAValueOutOfRangeIsABadRequest(String body, String detail) {
        postJson(body).then().spec(problem(400, detail, POSTS));
    }

    static Stream<Arguments> postWithAValueOutOfRangeIsABadRequest() {
        return Stream.of(
                arguments("{\"userId\": 0, \"title\": \"t\", \"body\": \"b\"}", Messages.postUserIdOutOfRange(0)),
                arguments("{\"userId\": 1000001, \"title\": \"t\", \"body\": \"b\"}", Messages.postUserIdOutOfRange(1_000_001)),
                arguments("{\"userId\": 1, \"title\": \"\", \"body\": \"b\"}", Messages.titleLength(0)),
                arguments("{\"userId\": 1, \"title\": \"" + "t".repeat(201) + "\", \"body\": \"b\"}", Messages.titleLength(201)),
                arguments("{\"userId\": 1, \"title\": \"t\", \"body\": \"" + "b".repeat(10_001) + "\"}", Messages.bodyLength(10_001)));
    }

    @Test
    void postLargerThanSixtyFourKibibytesIsTooLarge() {
        postJson(largerThanSixtyFourKibibytes()).then().spec(frameworkProblem(413, POSTS));
    }

    @Test
    void chunkedPostLargerThanSixtyFourKibibytesIsTooLarge() {
        try (ApiClient raw = new ApiClient(baseUrl())) {
            raw.postChunked(POSTS, "application/json", largerThanSixtyFourKibibytes().getBytes(StandardCharsets.UTF_8))
                    .then().spec(frameworkProblem(413, POSTS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml"})
    void postThatIsNotJsonIsAnUnsupportedMediaType(String contentType) {
        given(api).contentType(contentType).body(validPost())
                .when().post(POSTS)
                .then().spec(frameworkProblem(415, POSTS));
    }

    @Test
    void postWithNoContentTypeIsAnUnsupportedMediaType() {
        try (ApiClient raw = new ApiClient(baseUrl())) {
            raw.postWithoutContentType(POSTS, validPost().getBytes(StandardCharsets.UTF_8))
                    .then().spec(frameworkProblem(415, POSTS));
        }
    }

    // ---- what every answer is held to ----

    /** A JSON answer with this status: exactly {@code application/json}, whatever its charset. */
    protected static ResponseSpecification json(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", mediaType("application/json"))
                .build();
    }

    /** A problem detail as API.md wants it for the domain's own errors: its fields, the same words everywhere, nothing leaked. */
    protected ResponseSpecification problem(int status, String detail, String path) {
        return problemDetail(status, path)
                .expectBody("type", equalTo("about:blank"))
                .expectBody("detail", equalTo(detail))
                .expectBody("instance", equalTo(instance(path)))
                .build();
    }

    /**
     * An error the framework raises itself (no route, a method or media type it does not serve, a
     * body it cannot read or will not take): API.md v2 asks for the status and a problem detail,
     * in the framework's own words; {@code instance}, where the framework gives one, is the path.
     */
    protected ResponseSpecification frameworkProblem(int status, String path) {
        return problemDetail(status, path)
                .expectBody("type", notNullValue())
                .expectBody("detail", allOf(instanceOf(String.class), not(blankOrNullString())))
                .expectBody("", either(not(hasKey("instance"))).or(hasEntry("instance", instance(path))))
                .build();
    }

    private ResponseSpecBuilder problemDetail(int status, String path) {
        ResponseSpecBuilder problem = new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", mediaType("application/problem+json"))
                .expectBody("title", notNullValue())
                .expectBody("status", equalTo(status));
        LEAKS.forEach(leak -> problem.expectBody(not(containsString(leak))));
        return problem;
    }

    private void expectProblem(int status, String detail, String path) {
        given(api).when().get(path).then().spec(problem(status, detail, path));
    }

    /** The path as the server sees it, without its query: the base URL's own path (say {@code /kotlin}) first. */
    private String instance(String path) {
        return basePath + path.split("\\?")[0];
    }

    private static Matcher<String> mediaType(String type) {
        return matchesPattern("(?i)" + Pattern.quote(type) + "\\s*(;.*)?");
    }

    // ---- requests and data ----

    private Response postJson(String body) {
        return given(api).contentType(ContentType.JSON).body(body).when().post(POSTS);
    }

    private Object createdId(String body) {
        return postJson(body).then().spec(json(201)).extract().path("id");
    }

    private static String validPost() {
        return """
                {"userId": 1, "title": "t", "body": "b"}""";
    }

    private static String largerThanSixtyFourKibibytes() {
        return """
                {"userId": 1, "title": "t", "body": "%s"}""".formatted("b".repeat(70_000));
    }

    private static String dashboard(String mode) {
        return "/api/users/9/dashboard?delayMs=" + DASHBOARD_DELAY.toMillis() + "&mode=" + mode;
    }

    private static Map<String, Object> user(int id) {
        return Map.of("id", id, "name", "User " + id, "email", "user" + id + "@example.com");
    }

    private static void assertAtLeast(Duration least, Duration took) {
        assertTrue(took.compareTo(least) >= 0, "expected at least " + least.toMillis() + " ms, took " + took.toMillis() + " ms");
    }

    /** A response and the moment it was back. */
    private record Arrival(Response response, long nanos) {

        static Arrival now(Response response) {
            return new Arrival(response, System.nanoTime());
        }

        Duration since(long sentNanos) {
            return Duration.ofNanos(nanos - sentNanos);
        }
    }
}
