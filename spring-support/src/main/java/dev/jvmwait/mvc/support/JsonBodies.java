package dev.jvmwait.mvc.support;

import dev.jvmwait.domain.ApiException;
import dev.jvmwait.domain.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON body into plain Java values (maps, lists, strings, numbers) for the domain to check. */
@Component
public class JsonBodies {

    private final JsonMapper json;

    public JsonBodies(JsonMapper json) {
        this.json = json;
    }

    public Object read(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest(Messages.bodyNotJson());
        }
        try {
            return json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw ApiException.badRequest(Messages.bodyNotJson());
        }
    }
}
