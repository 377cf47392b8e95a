package dev.ccwconsole.api;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.Mdevs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Driver binding of a subchannel (admin, api.md "Security"). Its own class path: a {@code /api/v1} class cannot
 * serve paths below {@code /api/v1/subchannels}, whose resource class matches first.
 */
@Path("/api/v1/subchannels/{schid}/driver")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mdevs")
public class DriverResource {

    private final Mdevs mdevs;
    private final Caller caller;

    public DriverResource(Mdevs mdevs, Caller caller) {
        this.mdevs = mdevs;
        this.caller = caller;
    }

    /** Body of {@code PUT /subchannels/{schid}/driver}. */
    public record DriverBody(@Schema(example = "vfio_ccw", enumeration = {"vfio_ccw", "io_subchannel"}) String driver) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "bindDriver", summary = "Bind a subchannel to vfio_ccw or io_subchannel",
            description = "driver_override, unbind and bind (spec §1.3); the kernel refuses while an mdev exists.")
    public Response bind(@Parameter(example = "0.0.0108") @PathParam("schid") String schid, DriverBody body) {
        if (body == null || body.driver() == null) {
            throw InvalidRequestException.field("driver", "the body must name the driver, e.g. {\"driver\": \"vfio_ccw\"}");
        }
        mdevs.bind(Schids.schid(schid), body.driver(), caller.name());
        return Response.noContent().build();
    }
}
