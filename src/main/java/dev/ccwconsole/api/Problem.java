package dev.ccwconsole.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} plus extensions. */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://ccwconsole.dev/problems/";

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Problem(String slug, String title, int status, String detail) {
        this.status = status;
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
    }

    static Problem of(String slug, String title, int status, String detail) {
        return new Problem(slug, title, status, detail);
    }

    Problem with(String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
        return this;
    }

    Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Response toResponse(String instance) {
        if (instance != null) {
            body.put("instance", instance);
        }
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE).entity(body);
        headers.forEach(b::header);
        return b.build();
    }
}
