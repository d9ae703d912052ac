package dev.jvmwait.reactive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.StoredPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads the body of POST /api/posts the same way for the three targets, and answers its 201. */
@ApplicationScoped
public class PostBodies {

    private final ObjectReader reader;

    public PostBodies(ObjectMapper mapper) {
        // Plain maps, lists and scalars for NewPost.fromJson; "{} x" is not JSON either.
        this.reader = mapper.readerFor(Object.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The post in a request body, or the problem with it. A chunked body has no length announced,
     * so its size is checked here, once read (quarkus.http.limits.max-body-size stops a huge one
     * earlier). The media type is checked here because
     * Quarkus REST, with a single candidate method, calls it whatever @Consumes says.
     */
    public NewPost read(String contentType, byte[] body) {
        if (body.length > NewPost.MAX_REQUEST_BYTES) {
            throw new ApiException(413, Messages.bodyTooLarge());
        }
        if (!isJson(contentType)) {
            throw new ApiException(415, Messages.unsupportedMediaType(contentType));
        }
        try {
            return NewPost.fromJson(reader.readValue(body));
        } catch (IOException notJson) {
            throw ApiException.badRequest(Messages.bodyNotJson());
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().equalsIgnoreCase(MediaType.APPLICATION_JSON);
    }

    /** 201 with the Location as the API gives it: a path, never made absolute. */
    public static RestResponse<StoredPost> created(StoredPost post) {
        return RestResponse.ResponseBuilder.<StoredPost>create(RestResponse.Status.CREATED)
                .header("Location", PostStore.location(post))
                .entity(post)
                .build();
    }
}
