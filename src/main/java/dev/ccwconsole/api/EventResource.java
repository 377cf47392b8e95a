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
 * Server-Sent Events (api.md "Event stream"): {@code event:} irq/crw/fsm/req/audit (plus heartbeat and gap),
 * {@code id:} global and increasing, {@code data:} one JSON object; Last-Event-ID resumes from history.
 */
@Path("/api/v1")
@Tag(name = "events")
@RolesAllowed(Roles.VIEWER)
public class EventResource {

    private final EventStreams streams;
    private final Inventory inventory;

    public EventResource(EventStreams streams, Inventory inventory) {
        this.streams = streams;
        this.inventory = inventory;
    }

    @GET
    @Path("/events")
    @NonBlocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "All events; filter by ?schid= and ?types=irq,crw,fsm,req,audit")
    @APIResponse(responseCode = "200", description = "The stream: id/event/data frames, heartbeat and gap without id",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = String.class)))
    public void all(@Parameter(example = "0.0.0100") @QueryParam("schid") String schid,
            @Parameter(example = "irq,crw") @QueryParam("types") String types,
            @Parameter(description = "resume after this id (the SSE reconnect header)") @HeaderParam("Last-Event-ID")
            String lastEventId, @Context SseEventSink sink,
            @Context HttpServerResponse response) {
        Optional<String> one = Optional.ofNullable(schid).filter(s -> !s.isBlank()).map(Schids::schid);
        one.ifPresent(inventory::subchannel);
        streams.open(sink, response, lastEventId, new EventFilter(one, EventStreams.types(types)));
    }
}
