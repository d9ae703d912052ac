package dev.jvmwait.mvc.lookups;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.Post;
import dev.jvmwait.domain.Profile;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** A lookup is one HTTP call to the upstream: the request's thread blocks on it, holding a pooled connection. */
class HttpLookups implements UserLookups {

    private static final ParameterizedTypeReference<List<Post>> POSTS = new ParameterizedTypeReference<>() {
    };

    private final RestClient upstream;

    HttpLookups(RestClient upstream) {
        this.upstream = upstream;
    }

    @Override
    public User user(long id, Duration delay) {
        return answer(() -> upstream.get().uri("/users/{id}?delayMs={delay}", id, delay.toMillis()).retrieve().body(User.class));
    }

    @Override
    public Profile profile(long id, Duration delay) {
        return answer(() -> upstream.get().uri("/users/{id}/profile?delayMs={delay}", id, delay.toMillis()).retrieve()
                .body(Profile.class));
    }

    @Override
    public List<Post> posts(long id, Duration delay) {
        return answer(() -> upstream.get().uri("/users/{id}/posts?delayMs={delay}", id, delay.toMillis()).retrieve().body(POSTS));
    }

    /** An upstream that is down, or answers with an error, is a 503 that names it; never the client's words. */
    private static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException | RestClientResponseException e) {
            throw Backend.HTTP.unavailable();
        }
    }
}
