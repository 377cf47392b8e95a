package dev.ccwconsole.api;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.EventFilter;
import dev.ccwconsole.service.Inventory;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The event stream of one subchannel. A class of its own: its full path literal makes it win JAX-RS class matching
 * over the other {@code /api/v1/subchannels/{schid}} resources.
 */
@Path("/api/v1/subchannels/{schid}/events")
@Tag(name = "events")
@RolesAllowed(Roles.VIEWER)
public class SubchannelEventResource {

    private final EventStreams events;
    private final Inventory inventory;

    public SubchannelEventResource(EventStreams events, Inventory inventory) {
        this.events = events;
        this.inventory = inventory;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamSubchannelEvents", summary = "The events of one subchannel")
    @APIResponse(responseCode = "200", description = "The stream: id/event/data frames, heartbeat and gap without id",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = String.class)))
    public void one(@Parameter(example = "0.0.0100") @PathParam("schid") String schid,
            @QueryParam("types") String types, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context HttpServerResponse response) {
        String id = Schids.schid(schid);
        inventory.subchannel(id);
        events.open(sink, response, lastEventId, new EventFilter(Optional.of(id), EventStreams.types(types)));
    }

}
