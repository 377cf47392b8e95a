package dev.ccwconsole.api;

import dev.ccwconsole.service.UnknownResourceException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Any other path under /api answers 404 problem+json (not the server's plain 404). Not part of the document. */
@Path("/api/{rest: .*}")
@PermitAll
public class NotFoundResource {

    @GET
    @Operation(hidden = true)
    public void get(@PathParam("rest") String rest) {
        throw new UnknownResourceException("API path", "/api/" + rest);
    }

    @POST
    @Operation(hidden = true)
    public void post(@PathParam("rest") String rest) {
        get(rest);
    }

    @PUT
    @Operation(hidden = true)
    public void put(@PathParam("rest") String rest) {
        get(rest);
    }

    @DELETE
    @Operation(hidden = true)
    public void delete(@PathParam("rest") String rest) {
        get(rest);
    }
}
