package dev.ccwconsole.api;

import static dev.ccwconsole.api.Api.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every refusal path of ssch/execute is a precise 4xx problem+json: never a 5xx, never a hang. */
@QuarkusTest
class RefusalApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static io.restassured.response.ValidatableResponse execute(String schid, String body) {
        return operator().body(body).post("/api/v1/subchannels/" + schid + "/execute").then()
                .contentType(PROBLEM);
    }

    @Test
    void malformedJsonIs400() {
        execute("0.0.0100", "{\"program\": [").statusCode(400).body("type", containsString("malformed-json"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"e4\", \"count\": \"many\"}]}").statusCode(400)
                .body("field", equalTo("program[0].count"));
        execute("0.0.0100", "{\"program\": [], \"bogus\": 1}").statusCode(400).body("field", equalTo("bogus"));
    }

    @Test
    void invalidProgramsName422TheCcwAndField() {
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"01\", \"data\": \"c1zz\"}]}").statusCode(422)
                .body("ccwIndex", equalTo(0)).body("field", equalTo("data")).body("detail", containsString("position 2"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"03\", \"flags\": [\"CC\"]}, {\"cmd\": \"03\", \"flags\": [\"XYZ\"]}]}")
                .statusCode(422).body("ccwIndex", equalTo(1)).body("field", equalTo("flags"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"03\"}, {\"tic\": 5}]}").statusCode(422)
                .body("ccwIndex", equalTo(1)).body("field", equalTo("tic"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"xx\"}]}").statusCode(422).body("field", equalTo("cmd"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"01\", \"data\": \"00\", \"read\": true}]}").statusCode(422)
                .body("field", equalTo("data"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"01\", \"count\": 3, \"data\": \"00\"}]}").statusCode(422)
                .body("field", equalTo("count"));
        execute("0.0.0100", "{\"program\": []}").statusCode(422).body("field", equalTo("program"));
        execute("0.0.0100", "{\"orb\": {\"lpm\": \"1ff\"}, \"program\": [{\"cmd\": \"03\"}]}").statusCode(422)
                .body("field", equalTo("orb.lpm"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"03\"}], \"timeoutMs\": 0}").statusCode(422)
                .body("field", equalTo("timeoutMs"));
    }

    @Test
    void moreThan256ChainedCcwsInOneSegmentIs422() {
        StringBuilder b = new StringBuilder("{\"program\": [");
        for (int i = 0; i < 257; i++) {
            b.append(i == 0 ? "" : ",").append("{\"cmd\": \"03\", \"flags\": [\"CC\"]}");
        }
        execute("0.0.0100", b.append("]}").toString()).statusCode(422).body("ccwIndex", equalTo(0))
                .body("detail", containsString("256"));
    }

    @Test
    void oversizedDataAndBodies() {
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"01\", \"data\": \"" + "00".repeat(65536) + "\"}]}")
                .statusCode(422).body("field", equalTo("data"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"02\", \"count\": 70000, \"read\": true}]}").statusCode(422)
                .body("field", equalTo("count"));
        execute("0.0.0100", "{\"program\": [{\"cmd\": \"01\", \"data\": \"" + "00".repeat(600_000) + "\"}]}")
                .statusCode(413);
    }

    @Test
    void unknownSubchannelIs404AndNoMdevIs409() {
        execute("0.0.0fff", Api.SENSE_ID).statusCode(404);
        execute("0.0.0108", Api.SENSE_ID).statusCode(409).body("detail", containsString("no open vfio-ccw mdev"));
        operator().post("/api/v1/subchannels/0.0.0fff/hsch").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aSecondStartWhileOneRunsIsCc2() {
        operator().body("{\"micros\": 300000}").put("/api/v1/emulator/subchannels/0.0.0104/latency").then().statusCode(200);
        try {
            operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0104/ssch").then().statusCode(202);
            operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0104/ssch").then().statusCode(409)
                    .contentType(PROBLEM).body("cc", equalTo(2)).body("retCode", equalTo(-16))
                    .body("errno", equalTo("EBUSY"));
            operator().post("/api/v1/subchannels/0.0.0104/csch").then().statusCode(202).body("cc", equalTo(0))
                    .body("viaAsyncRegion", equalTo(true));
        } finally {
            operator().body("{\"micros\": 0}").put("/api/v1/emulator/subchannels/0.0.0104/latency");
        }
    }

    @Test
    void notOperationalDeviceIsCc3() {
        operator().body("{\"kind\": \"NOT_OPERATIONAL\"}").post("/api/v1/emulator/subchannels/0.0.0106/faults").then()
                .statusCode(202);
        try {
            execute("0.0.0106", Api.SENSE_ID).statusCode(409).body("cc", equalTo(3))
                    .body("refusedBy", equalTo("driver"));
        } finally {
            operator().delete("/api/v1/emulator/subchannels/0.0.0106/faults").then().statusCode(204);
        }
        operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0106/execute").then().statusCode(200);
    }
}
