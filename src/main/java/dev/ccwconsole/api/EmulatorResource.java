package dev.ccwconsole.api;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.EmulatorService;
import dev.ccwconsole.service.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Emulator-only controls; every one answers 404 problem+json when the native backend runs. */
@Path("/api/v1/emulator/subchannels/{schid}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "emulator")
public class EmulatorResource {

    private final EmulatorService emulator;
    private final Caller caller;

    public EmulatorResource(EmulatorService emulator, Caller caller) {
        this.emulator = emulator;
        this.caller = caller;
    }

    @Schema(name = "Latency")
    public record LatencyJson(@Schema(example = "200000", description = "per channel program command") Long micros,
            @Schema(example = "0", description = "per byte transferred") Long perByteNanos) {
    }

    @Schema(name = "Fault")
    public record FaultJson(@Schema(required = true, example = "UNIT_CHECK",
            enumeration = {"NOT_OPERATIONAL", "UNIT_CHECK", "BUSY", "ATTENTION", "REMOVE"}) String kind,
            @Schema(example = "8000000000000000") String sense, @Schema(example = "1") Integer count) {
    }

    @Schema(name = "Keystroke")
    public record KeyJson(@Schema(example = "7d", description = "AID byte in hex (7d = Enter)") String aid,
            @Schema(example = "logon") String text) {
    }

    @GET
    @Path("/latency")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getEmulatorLatency", summary = "The device service time in force")
    public LatencyJson latency(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        long[] t = emulator.latency(Schids.schid(schid));
        return new LatencyJson(t[0], t[1]);
    }

    @PUT
    @Path("/latency")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "setEmulatorLatency", summary = "Device service time of every later channel program")
    public LatencyJson setLatency(@Parameter(example = "0.0.0100") @PathParam("schid") String schid, LatencyJson body) {
        if (body == null || body.micros() == null) {
            throw InvalidRequestException.field("micros", "required: microseconds per command");
        }
        long[] t = emulator.setLatency(Schids.schid(schid), body.micros(),
                body.perByteNanos() == null ? 0 : body.perByteNanos(), caller.name());
        return new LatencyJson(t[0], t[1]);
    }

    @POST
    @Path("/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "injectEmulatorFault", summary = "Inject NOT_OPERATIONAL, UNIT_CHECK, BUSY, ATTENTION or REMOVE")
    public Response fault(@Parameter(example = "0.0.0106") @PathParam("schid") String schid, FaultJson body) {
        if (body == null) {
            throw InvalidRequestException.field("kind", "required");
        }
        emulator.injectFault(Schids.schid(schid), body.kind(), body.sense(), body.count(), caller.name());
        return Response.accepted(Map.of("injected", body.kind())).build();
    }

    @DELETE
    @Path("/faults")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "clearEmulatorFaults", summary = "End every injected fault")
    public Response clearFaults(@Parameter(example = "0.0.0106") @PathParam("schid") String schid) {
        emulator.clearFaults(Schids.schid(schid), caller.name());
        return Response.noContent().build();
    }

    @POST
    @Path("/keystrokes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "pressEmulatorKey", summary = "3270 only: type text at the cursor and press an AID key")
    public Response key(@PathParam("schid") String schid, KeyJson body) {
        if (body == null || body.aid() == null || !body.aid().matches("(0x)?[0-9a-fA-F]{1,2}")) {
            throw InvalidRequestException.field("aid", "an AID byte in hex, e.g. 7d");
        }
        emulator.pressKey(Schids.schid(schid), Integer.parseInt(body.aid().replaceFirst("^0x", ""), 16), body.text(),
                caller.name());
        return Response.accepted(Map.of("aid", body.aid())).build();
    }

    @GET
    @Path("/screen")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getEmulatorScreen", summary = "3270 only: screen text, one string per row")
    public List<String> screen(@PathParam("schid") String schid) {
        return emulator.screen(Schids.schid(schid));
    }
}
