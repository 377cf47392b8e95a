package dev.ccwconsole.api;

import dev.ccwconsole.testing.SseClient;
import static dev.ccwconsole.api.Api.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** execute / ssch through HTTP against the emulator: Sense ID (spec §9.3), ORB options, read data per CCW. */
@QuarkusTest
class IoApiTest {

    @Test
    void senseIdThroughExecute() {
        operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200)
                .body("cc", equalTo(0))
                .body("irb.scsw.fctl", equalTo(java.util.List.of("START")))
                .body("irb.scsw.stctl", equalTo(java.util.List.of("PRIMARY", "SECONDARY", "STATUS_PENDING")))
                .body("irb.scsw.dstat", equalTo(java.util.List.of("CE", "DE")))
                .body("irb.scsw.word0", equalTo("00c04007"))
                .body("irb.raw.length()", equalTo(192))
                .body("data", hasSize(1)).body("data[0].ccw", equalTo(0))
                .body("data[0].hex", startsWith("ff3990e933900c"))
                .body("interrupts", hasSize(1))
                .body("operationId", startsWith("0.0.0100-"));
    }

    @Test
    void format0ProgramAndIdaWithFormat2Idaws() {
        operator().body("{\"orb\": {\"format1\": false}, \"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], "
                + "\"count\": 7, \"read\": true}]}").post("/api/v1/subchannels/0.0.0100/execute").then()
                .statusCode(200).body("data[0].hex", equalTo("ff3990e933900c"));
        operator().body("{\"orb\": {\"c64\": true}, \"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\", \"IDA\"], "
                + "\"count\": 7, \"read\": true}]}").post("/api/v1/subchannels/0.0.0100/execute").then()
                .statusCode(200).body("data[0].hex", equalTo("ff3990e933900c"));
    }

    @Test
    void sschAnswers202AndTheInterruptArrivesOnTheStream() throws Exception {
        try (SseClient sse = SseClient.open(RestAssured.port, "/api/v1/subchannels/0.0.0102/events?types=irq", null)) {
            assertEquals(200, sse.status);
            Response r = operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0102/ssch");
            r.then().statusCode(202).body("cc", equalTo(0)).body("retCode", equalTo(0)).body("errno", equalTo(null));
            String op = r.path("operationId");
            List<SseClient.Frame> irq = sse.take(1, f -> f.event().equals("irq"), 5000);
            assertEquals(1, irq.size());
            assertTrue(irq.get(0).data().contains("\"operationId\":\"" + op + "\""), irq.get(0).data());
            assertTrue(irq.get(0).data().contains("\"schid\":\"0.0.0102\""));
        }
    }

    @Test
    void dasdWriteAndReadBackWithDefineExtentAndLocateRecord() {
        String record = "c1c2c3c4".repeat(128);
        // format record 1 on cylinder 0 head 5: DE (write mask C0) + LR format-write + Write CKD
        String format = "{\"program\": ["
                + "{\"cmd\": \"63\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.defineExtent(0xC0, 0, 5, 0, 5) + "\"},"
                + "{\"cmd\": \"47\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.locateRecord(1, 0x03, 1, 0, 5, 0) + "\"},"
                + "{\"cmd\": \"1d\", \"data\": \"" + Eckd.ckd(0, 5, 1, 512) + "00".repeat(512) + "\"}]}";
        operator().body(format).post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200)
                .body("irb.scsw.dstat", equalTo(java.util.List.of("CE", "DE")));
        String write = "{\"program\": ["
                + "{\"cmd\": \"63\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.defineExtent(0x80, 0, 5, 0, 5) + "\"},"
                + "{\"cmd\": \"47\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.locateRecord(0, 0x01, 1, 0, 5, 1) + "\"},"
                + "{\"cmd\": \"05\", \"data\": \"" + record + "\"}]}";
        operator().body(write).post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200)
                .body("irb.scsw.dstat", equalTo(java.util.List.of("CE", "DE")));
        String read = "{\"program\": ["
                + "{\"cmd\": \"63\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.defineExtent(0x40, 0, 5, 0, 5) + "\"},"
                + "{\"cmd\": \"47\", \"flags\": [\"CC\"], \"data\": \"" + Eckd.locateRecord(0, 0x06, 1, 0, 5, 1) + "\"},"
                + "{\"cmd\": \"06\", \"count\": 512, \"read\": true}]}";
        operator().body(read).post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200)
                .body("data[0].ccw", equalTo(2)).body("data[0].hex", equalTo(record))
                .body("irb.scsw.count", equalTo(0));
    }

    @Test
    void unitCheckCarriesSense() {
        operator().body("{\"program\": [{\"cmd\": \"47\", \"data\": \"" + Eckd.locateRecord(0, 0x06, 1, 0, 0, 1)
                + "\"}]}").post("/api/v1/subchannels/0.0.0100/execute").then().statusCode(200)
                .body("irb.scsw.dstat", equalTo(java.util.List.of("CE", "DE", "UC")))
                .body("irb.sense.length()", equalTo(64));
    }

    @Test
    void executeTimeoutHaltsAndSaysSo() {
        operator().body("{\"micros\": 400000}").put("/api/v1/emulator/subchannels/0.0.0101/latency").then().statusCode(200);
        try {
            operator().body("{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 7, \"read\": true}],"
                    + " \"timeoutMs\": 50}").post("/api/v1/subchannels/0.0.0101/execute").then().statusCode(504)
                    .contentType("application/problem+json").body("fsmState", equalTo("CP_PENDING"))
                    .body("actions[0]", startsWith("HSCH cc 0")).body("terminated", equalTo(true))
                    .body("detail", containsString("CP_PENDING"));
        } finally {
            operator().body("{\"micros\": 0}").put("/api/v1/emulator/subchannels/0.0.0101/latency");
        }
    }
}
