package dev.ccwconsole.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request helpers for the API tests: the demo users and JSON bodies. */
final class Api {

    static final String DASD = "0.0.0100";

    private Api() {
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user).contentType(ContentType.JSON);
    }

    static RequestSpecification operator() {
        return as("operator");
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    static final String SENSE_ID = "{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 20, \"read\": true}]}";
}
