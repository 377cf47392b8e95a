package dev.ccwconsole.api;

import static dev.ccwconsole.api.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Inventory, regions (argsz retry, capability chain, raw info), FSM, IRB and SCHIB through real HTTP. */
@QuarkusTest
class InventoryApiTest {

    @Test
    void listJoinsSysfsMdevsIdentityAndFsm() {
        anonymous().get("/api/v1/subchannels").then().statusCode(200)
                .body("schid", hasItems("0.0.0100", "0.0.0107", "0.0.0108"))
                .body("find { it.schid == '0.0.0100' }.busId", equalTo("0.0.5000"))
                .body("find { it.schid == '0.0.0100' }.devno", equalTo("5000"))
                .body("find { it.schid == '0.0.0100' }.cuType", equalTo("3990/e9"))
                .body("find { it.schid == '0.0.0100' }.devType", equalTo("3390/0c"))
                .body("find { it.schid == '0.0.0100' }.identitySource", equalTo("sense-id"))
                .body("find { it.schid == '0.0.0100' }.pim", equalTo("c0"))
                .body("find { it.schid == '0.0.0100' }.chpids", contains("10", "11", "00", "00", "00", "00", "00", "00"))
                .body("find { it.schid == '0.0.0100' }.driver", equalTo("vfio_ccw"))
                .body("find { it.schid == '0.0.0100' }.mdevs", contains("11111111-0100-4000-8000-000000000100"))
                .body("find { it.schid == '0.0.0100' }.fsmState", equalTo("IDLE"))
                .body("find { it.schid == '0.0.0100' }.fsmAuthoritative", equalTo(true))
                .body("find { it.schid == '0.0.0108' }.identitySource", equalTo("sysfs"))
                .body("find { it.schid == '0.0.0108' }.cuType", equalTo("3990/ec"))
                .body("find { it.schid == '0.0.0108' }.fsmState", nullValue());
    }

    @Test
    void regionsAreFoundByTypeAndKeepTheWholeBuffer() {
        anonymous().get("/api/v1/subchannels/0.0.0100/regions").then().statusCode(200)
                .body("", hasSize(4))
                .body("name", contains("io", "async_cmd", "schib", "crw"))
                .body("[0].offset", equalTo("0x0")).body("[0].size", equalTo(124))
                .body("[0].flags", contains("READ", "WRITE")).body("[0].capabilities", hasSize(0))
                .body("[0].queries", equalTo(1))
                .body("[1].offset", equalTo("0x400")).body("[1].flags", contains("READ", "WRITE", "CAPS"))
                .body("[1].capabilities[0].id", equalTo(2)).body("[1].capabilities[0].type", equalTo(2))
                .body("[1].capabilities[0].subtype", equalTo(1))
                .body("[1].capabilities[0].subtypeName", equalTo("ASYNC_CMD"))
                .body("[1].queries", equalTo(2))
                .body("[1].rawInfo.length()", equalTo(96))
                .body("[3].capabilities[0].subtypeName", equalTo("CRW"));
    }

    @Test
    void detailFsmSchibAndIrb() {
        anonymous().get("/api/v1/subchannels/0.0.0100").then().statusCode(200)
                .body("subchannel.schid", equalTo("0.0.0100")).body("regions", hasSize(4))
                .body("schib.pmcw.devno", equalTo("5000")).body("schib.raw.length()", equalTo(104));
        anonymous().get("/api/v1/subchannels/0.0.0100/fsm").then().statusCode(200)
                .body("state", equalTo("IDLE")).body("authoritative", equalTo(true)).body("profile", equalTo("6.x"))
                .body("history[0].eventId", notNullValue());
        anonymous().get("/api/v1/subchannels/0.0.0100/schib").then().statusCode(200)
                .body("pmcw.pim", equalTo("c0")).body("pmcw.isc", equalTo(3));
        anonymous().get("/api/v1/subchannels/0.0.0100/irb").then().statusCode(200)
                .body("raw.length()", equalTo(192)).body("scsw.word0.length()", equalTo(8));
    }

    @Test
    void unknownAndClosedSubchannels() {
        anonymous().get("/api/v1/subchannels/0.0.0fff").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).body("kind", equalTo("subchannel"));
        anonymous().get("/api/v1/subchannels/bogus/irb").then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/v1/subchannels/0.0.0108/irb").then().statusCode(409)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void systemSaysDemoMode() {
        anonymous().get("/api/v1/system").then().statusCode(200).body("backend", equalTo("emulator"))
                .body("demoMode", equalTo(true)).body("user", equalTo("anonymous"));
        Api.as("admin").get("/api/v1/system").then().statusCode(200).body("user", equalTo("admin"))
                .body("roles", contains("admin", "operator", "viewer"));
        anonymous().get("/api/v1/ping").then().statusCode(200).body(equalTo("pong"));
    }
}
