package dev.ccwconsole.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LandingPageTest {

    @Test
    void landingPageRendersAndLoadsItsModule() {
        given().get("/").then().statusCode(200).body(containsString("ccw-console"));
        given().get("/js/hexdump.js").then().statusCode(200).body(containsString("export function hexDump"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }
}
