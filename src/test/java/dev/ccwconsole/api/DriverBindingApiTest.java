package dev.ccwconsole.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Driver binding through HTTP (spec §1.3): admin only, the kernel's refusals as problem+json. */
@QuarkusTest
class DriverBindingApiTest {

    private static final String UNBOUND = "0.0.0108";

    @Test
    void adminBindsToVfioCcwAndBack() {
        bind(UNBOUND, "vfio_ccw").then().statusCode(204);
        Api.anonymous().get("/api/v1/subchannels/" + UNBOUND).then().statusCode(200)
                .body("subchannel.driver", equalTo("vfio_ccw"));
        Api.anonymous().get("/api/v1/mdev-types").then().statusCode(200).body("parent", hasItem(UNBOUND));

        bind(UNBOUND, "io_subchannel").then().statusCode(204);
        Api.anonymous().get("/api/v1/subchannels/" + UNBOUND).then().body("subchannel.driver", equalTo("io_subchannel"));
        Api.anonymous().get("/api/v1/mdev-types").then().body("parent", not(hasItem(UNBOUND)));
    }

    @Test
    void theKernelRefusesWhileAnMdevExists() {
        bind(Api.DASD, "io_subchannel").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("EBUSY"));
    }

    @Test
    void badInputAndMissingRolesAreRefused() {
        bind(UNBOUND, "dasd_eckd").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("driver"));
        Api.as("admin").contentType(ContentType.JSON).body("{}").put("/api/v1/subchannels/" + UNBOUND + "/driver")
                .then().statusCode(422);
        bind("0.0.0fff", "vfio_ccw").then().statusCode(404);
        Api.as("viewer").contentType(ContentType.JSON).body("{\"driver\": \"vfio_ccw\"}")
                .put("/api/v1/subchannels/" + UNBOUND + "/driver").then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body("{\"driver\": \"vfio_ccw\"}")
                .put("/api/v1/subchannels/" + UNBOUND + "/driver").then().statusCode(401);
    }

    private static io.restassured.response.Response bind(String schid, String driver) {
        return Api.as("admin").contentType(ContentType.JSON).body("{\"driver\": \"" + driver + "\"}")
                .put("/api/v1/subchannels/" + schid + "/driver");
    }
}
