package dev.ccwconsole.ui;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CSRF protection for the browser's cookie session only (api.md "Security"): a state-changing request that
 * authenticates with the form-login cookie must carry the {@code X-CSRF-Token} header matching the
 * {@code ccw-csrf} cookie. Requests with an {@code Authorization} header (HTTP Basic, bearer) are automation: they
 * cannot be forged cross-site and need no token.
 */
public class CookieSessionCsrf {

    static final String SESSION_COOKIE = "quarkus-credential";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;

    public CookieSessionCsrf(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext ctx, HttpServerRequest request) {
        if (SAFE.contains(ctx.getMethod()) || request.getCookie(SESSION_COOKIE) == null
                || ctx.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                // logging out is the one harmless action a forged request could trigger
                || "/logout".equals(ctx.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Cookie cookie = request.getCookie(CsrfTokens.COOKIE);
        String header = ctx.getHeaderString(CsrfTokens.HEADER);
        if (cookie != null && header != null && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type("application/problem+json").entity(Map.of(
                "type", "https://ccwconsole.dev/problems/csrf", "title", "CSRF token missing or wrong", "status", 403,
                "detail", "a request authenticated by the login cookie needs the " + CsrfTokens.HEADER
                        + " header of the page (reload the page); automation should use HTTP Basic instead",
                "instance", ctx.getUriInfo().getRequestUri().getRawPath())).build());
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response) {
        String token = tokens.issued();
        if (token != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfTokens.COOKIE).value(token)
                    .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }
}
