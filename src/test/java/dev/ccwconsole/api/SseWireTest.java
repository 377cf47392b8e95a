package dev.ccwconsole.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes on the wire of the event stream (written with Vert.x directly) and its OpenAPI description. */
@QuarkusTest
class SseWireTest {

    @Test
    void anEventIsOneFrameOfIdEventAndDataLines() throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + RestAssured.port
                + "/api/v1/subchannels/0.0.0102/events?types=irq").toURL().openConnection();
        c.setReadTimeout(10_000);
        try {
            assertEquals(200, c.getResponseCode());
            assertTrue(c.getContentType().startsWith("text/event-stream"), c.getContentType());
            Api.operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0102/execute").then().statusCode(200);
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
            List<String> frame = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    frame.add(line);
                } else if (frame.stream().anyMatch(l -> l.startsWith("id: "))) {
                    break;
                } else {
                    frame.clear();
                }
            }
            assertEquals(3, frame.size(), frame.toString());
            assertTrue(frame.get(0).matches("id: [1-9][0-9]*"), frame.toString());
            assertEquals("event: irq", frame.get(1));
            assertTrue(frame.get(2).startsWith("data: {\"schid\":\"0.0.0102\""), frame.get(2));
        } finally {
            c.disconnect();
        }
    }

    @Test
    void bothStreamsStayDocumentedAsServerSentEvents() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String[] op : new String[][] {{"/api/v1/events", "streamEvents"},
                {"/api/v1/subchannels/{schid}/events", "streamSubchannelEvents"}}) {
            String get = "paths.'" + op[0] + "'.get";
            assertEquals(op[1], doc.getString(get + ".operationId"));
            assertNotNull(doc.get(get + ".responses.'200'.content.'text/event-stream'"), op[0]);
        }
    }
}
