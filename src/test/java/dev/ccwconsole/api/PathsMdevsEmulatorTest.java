package dev.ccwconsole.api;

import dev.ccwconsole.testing.SseClient;
import static dev.ccwconsole.api.Api.operator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channel paths (configure → CRW, vary → none), the mdev lifecycle and emulator controls through HTTP. */
@QuarkusTest
class PathsMdevsEmulatorTest {

    @Test
    void configureOffAndOnQueuesCrwsAndVaryDoesNot() throws Exception {
        try (SseClient crw = SseClient.open(RestAssured.port, "/api/v1/events?schid=0.0.0109&types=crw", null)) {
            operator().body("{\"online\": false}").post("/api/v1/chpids/13/configure").then().statusCode(200)
                    .body("state", equalTo("standby")).body("configured", equalTo(false));
            Api.anonymous().get("/api/v1/subchannels/0.0.0109").then().body("subchannel.pam", equalTo("80"));
            operator().body("{\"online\": true}").post("/api/v1/chpids/13/configure").then().statusCode(200)
                    .body("state", equalTo("online"));
            List<SseClient.Frame> frames = crw.take(2, SseClient.numbered(), 5000);
            assertEquals(2, frames.size());
            assertTrue(frames.get(0).data().contains("\"raw\":\"04060013\""), frames.get(0).data());
            assertTrue(frames.get(1).data().contains("\"raw\":\"04020013\""), frames.get(1).data());

            operator().body("{\"online\": false}").post("/api/v1/chpids/13/vary").then().statusCode(200)
                    .body("state", equalTo("offline"));
            Api.anonymous().get("/api/v1/subchannels/0.0.0109").then().body("subchannel.pam", equalTo("c0"));
            operator().body("{\"online\": true}").post("/api/v1/chpids/13/vary").then().statusCode(200);
            assertEquals(0, crw.take(1, SseClient.numbered(), 1000).size(), "logical vary queues no CRW");
        }
        Api.anonymous().get("/api/v1/chpids").then().statusCode(200).body("chpid", hasItem("13"));
        operator().body("{\"online\": false}").post("/api/v1/chpids/99/vary").then().statusCode(404);
        operator().body("{}").post("/api/v1/chpids/13/vary").then().statusCode(422).body("field", equalTo("online"));
    }

    @Test
    void mdevLifecycle() {
        String uuid = "22222222-0107-4000-8000-000000000107";
        Api.as("admin").body("{\"uuid\": \"" + uuid + "\", \"parent\": \"0.0.0107\", \"mdev_type\": \"vfio_ccw-io\"}")
                .post("/api/v1/mdevs").then().statusCode(201).body("uuid", equalTo(uuid)).body("open", equalTo(true));
        Api.anonymous().get("/api/v1/mdev-types").then().statusCode(200)
                .body("find { it.parent == '0.0.0107' }.available_instances", equalTo(0));
        Api.as("admin").body("{\"parent\": \"0.0.0107\"}").post("/api/v1/mdevs").then().statusCode(409)
                .contentType("application/problem+json").body("errno", equalTo("EUSERS"));
        operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0107/execute").then().statusCode(200);
        Api.anonymous().get("/api/v1/mdevs").then().statusCode(200).body("uuid", hasItem(uuid));
        Api.as("admin").delete("/api/v1/mdevs/" + uuid).then().statusCode(204);
        Api.as("admin").delete("/api/v1/mdevs/" + uuid).then().statusCode(404);
        Api.as("admin").body("{\"parent\": \"0.0.0107\", \"uuid\": \"nope\"}").post("/api/v1/mdevs").then()
                .statusCode(422).body("field", equalTo("uuid"));
    }

    @Test
    void emulatorFaultsAndLatency() throws Exception {
        operator().body("{\"micros\": 1500}").put("/api/v1/emulator/subchannels/0.0.0106/latency").then()
                .statusCode(200).body("micros", equalTo(1500));
        Api.anonymous().get("/api/v1/emulator/subchannels/0.0.0106/latency").then().body("micros", equalTo(1500));
        operator().body("{\"micros\": 0}").put("/api/v1/emulator/subchannels/0.0.0106/latency").then().statusCode(200);
        operator().body("{\"kind\": \"UNIT_CHECK\", \"sense\": \"8000\", \"count\": 1}")
                .post("/api/v1/emulator/subchannels/0.0.0106/faults").then().statusCode(202);
        operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0106/execute").then().statusCode(200)
                .body("irb.scsw.dstat", hasItem("UC")).body("irb.sense", org.hamcrest.Matchers.startsWith("8000"));
        try (SseClient irq = SseClient.open(RestAssured.port, "/api/v1/subchannels/0.0.0106/events?types=irq", null)) {
            operator().body("{\"kind\": \"ATTENTION\"}").post("/api/v1/emulator/subchannels/0.0.0106/faults").then()
                    .statusCode(202);
            List<SseClient.Frame> f = irq.take(1, SseClient.numbered(), 5000);
            assertEquals(1, f.size());
            assertTrue(f.get(0).data().contains("\"ATTN\""), f.get(0).data());
        }
        operator().body("{\"kind\": \"MELTDOWN\"}").post("/api/v1/emulator/subchannels/0.0.0106/faults").then()
                .statusCode(422).body("field", equalTo("kind"));
        operator().body("{\"micros\": 5}").put("/api/v1/emulator/subchannels/0.0.0fff/latency").then().statusCode(404);
    }
}
