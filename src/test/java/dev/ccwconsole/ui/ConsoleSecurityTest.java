package dev.ccwconsole.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Form login, the cookie-session CSRF rule, and pages readable without JavaScript. */
@QuarkusTest
class ConsoleSecurityTest {

    private static final String SENSE_ID = "{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 7, \"read\": true}]}";

    private static String sessionCookie(String user) {
        Response login = given().redirects().follow(false).formParam("j_username", user).formParam("j_password", user)
                .post("/j_security_check");
        login.then().statusCode(302);
        return login.getCookie(CookieSessionCsrf.SESSION_COOKIE);
    }

    @Test
    void cookieSessionNeedsTheCsrfTokenButBasicAuthDoesNot() {
        String session = sessionCookie("operator");
        given().cookie(CookieSessionCsrf.SESSION_COOKIE, session).contentType("application/json").body(SENSE_ID)
                .post("/api/v1/subchannels/0.0.0102/execute")
                .then().statusCode(403).body("type", equalTo("https://ccwconsole.dev/problems/csrf"));
        given().cookie(CookieSessionCsrf.SESSION_COOKIE, session).cookie(CsrfTokens.COOKIE, "t0ken")
                .header(CsrfTokens.HEADER, "other").contentType("application/json").body(SENSE_ID)
                .post("/api/v1/subchannels/0.0.0102/execute").then().statusCode(403);
        given().cookie(CookieSessionCsrf.SESSION_COOKIE, session).cookie(CsrfTokens.COOKIE, "t0ken")
                .header(CsrfTokens.HEADER, "t0ken").contentType("application/json").body(SENSE_ID)
                .post("/api/v1/subchannels/0.0.0102/execute").then().statusCode(200).body("irb.scsw.word0",
                        equalTo("00c04007"));
        given().auth().preemptive().basic("operator", "operator").contentType("application/json").body(SENSE_ID)
                .post("/api/v1/subchannels/0.0.0102/execute").then().statusCode(200);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginFormAndSessionRolesApply() {
        given().redirects().follow(false).formParam("j_username", "operator").formParam("j_password", "nope")
                .post("/j_security_check").then().statusCode(302).header("Location", FailedLoginRedirect.ERROR_PAGE)
                .header("WWW-Authenticate", nullValue()).header("Set-Cookie", not(containsString(
                        CookieSessionCsrf.SESSION_COOKIE + "=")));
        String viewer = sessionCookie("viewer");
        given().cookie(CookieSessionCsrf.SESSION_COOKIE, viewer).get("/api/v1/system")
                .then().statusCode(200).body("user", equalTo("viewer"));
        given().cookie(CookieSessionCsrf.SESSION_COOKIE, viewer).cookie(CsrfTokens.COOKIE, "t")
                .header(CsrfTokens.HEADER, "t").contentType("application/json").body(SENSE_ID)
                .post("/api/v1/subchannels/0.0.0102/execute").then().statusCode(403);
    }

    @Test
    void pagesAreReadableWithoutJavaScriptAndIssueTheCsrfCookie() {
        given().get("/").then().statusCode(200).cookie(CsrfTokens.COOKIE)
                .body(containsString("<td class=\"mono\">0.0.5000</td>"), containsString("10110000 00000000"),
                        containsString("Demo mode"));
        given().get("/subchannels/0.0.0100").then().statusCode(200)
                .body(containsString("type 2 / subtype 1 (ASYNC_CMD)"), containsString("id=\"fsm-node-IDLE\""),
                        containsString("paths available (configured)"));
        given().get("/events").then().statusCode(200).body(containsString("id=\"feed\""));
        given().get("/emulator").then().statusCode(200).body(containsString("data-chpid=\"13\""),
                not(containsString("data-path-action")));
        given().get("/mdevs").then().statusCode(200).body(containsString("vfio_ccw-io"));
        given().get("/subchannels/0.0.0100/program").then().statusCode(200)
                .body(containsString("data-devtype=\"3390/0c\""));
    }
}
