package dev.ccwconsole.ui;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A wrong password on the login form gets HTTP Basic's 401 challenge from Quarkus (both mechanisms are on), which
 * makes browsers open their own password dialog. This turns that answer into the form's error page.
 */
@Singleton
public class FailedLoginRedirect {

    static final String ERROR_PAGE = "/login?error=true";

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/j_security_check").order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 401) {
                    rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, ERROR_PAGE)
                            .headers().remove("WWW-Authenticate");
                }
            });
            rc.next();
        });
    }
}
