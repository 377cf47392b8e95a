package dev.ccwconsole.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI document is valid (swagger-parser) with unique operationIds, and every mutating operation
 * in it answers 401 without credentials and 403 for a viewer.
 */
@QuarkusTest
class SecurityOpenApiTest {

    private static OpenAPI document() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, null);
        assertTrue(result.getMessages().isEmpty(), "OpenAPI problems: " + result.getMessages());
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsValidAndOperationIdsAreStable() {
        OpenAPI api = document();
        Set<String> ids = new HashSet<>();
        api.getPaths().values().forEach(p -> p.readOperations().forEach(o -> assertTrue(ids.add(o.getOperationId()),
                "duplicate or missing operationId " + o.getOperationId())));
        assertTrue(ids.containsAll(List.of("listSubchannels", "startSubchannel", "executeChannelProgram",
                "haltSubchannel", "clearSubchannel", "streamEvents", "createMdev", "configureChpid", "varyChpid",
                "setEmulatorLatency", "injectEmulatorFault")), ids.toString());
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("basic"));
    }

    @Test
    void everyMutatingOperationNeedsCredentialsAndARole() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, PathItem> e : document().getPaths().entrySet()) {
            String path = e.getKey().replace("{schid}", "0.0.0100").replace("{chpid}", "10")
                    .replace("{uuid}", "11111111-0100-4000-8000-000000000100");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().readOperationsMap().entrySet()) {
                String method = op.getKey().name();
                if (method.equals("GET")) {
                    continue;
                }
                given().contentType("application/json").body("{}").request(method, path).then().statusCode(401)
                        .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
                Api.as("viewer").body("{}").request(method, path).then().statusCode(403)
                        .contentType("application/problem+json");
                checked.add(method + " " + path);
            }
        }
        assertTrue(checked.size() >= 12, checked.toString());
    }

    @Test
    void wrongPasswordIs401AndOperatorMayNotManageMdevs() {
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/subchannels").then().statusCode(401)
                .contentType("application/problem+json");
        Api.operator().body("{\"parent\": \"0.0.0107\"}").post("/api/v1/mdevs").then().statusCode(403);
    }

    @Test
    void swaggerUiAndMetricsAndReadiness() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'backend' }.status",
                equalTo("UP"));
        Api.operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : List.of("ccw_ssch_total{cc=\"0\",result=\"accepted\"}", "ccw_interrupt_latency_seconds_bucket",
                "ccw_sse_subscribers", "ccw_sse_events_dropped_total")) {
            assertTrue(metrics.contains(name), name + " missing");
        }
        assertEquals(200, given().get("/q/openapi").statusCode());
    }
}
