package dev.ccwconsole.ui;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The double-submit CSRF token of the browser session: an HttpOnly cookie the page also carries in a meta tag, from
 * where the page's scripts copy it into the {@code X-CSRF-Token} header. A request without the cookie gets a new
 * token, which {@link CookieSessionCsrf} then sets as a cookie on the response.
 */
@RequestScoped
public class CsrfTokens {

    static final String COOKIE = "ccw-csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServerRequest request;
    private String issued;

    public CsrfTokens(HttpServerRequest request) {
        this.request = request;
    }

    public String token() {
        Cookie c = request.getCookie(COOKIE);
        if (c != null && !c.getValue().isBlank()) {
            return c.getValue();
        }
        if (issued == null) {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            issued = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        }
        return issued;
    }

    /** A token made during this request that the browser does not have yet. */
    String issued() {
        return issued;
    }
}
