package dev.ccwconsole.api;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.ChannelPathView;
import dev.ccwconsole.service.ChannelPaths;
import dev.ccwconsole.service.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Channel paths: list, logical vary (no CRW) and configure (CRW to each open subchannel on it, spec §3.5). */
@Path("/api/v1/chpids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chpids")
public class ChpidResource {

    private final ChannelPaths paths;
    private final Caller caller;

    public ChpidResource(ChannelPaths paths, Caller caller) {
        this.paths = paths;
        this.caller = caller;
    }

    @Schema(name = "ChannelPath")
    public record ChpidJson(@Schema(example = "10") String chpid, @Schema(example = "1a") String type,
            @Schema(example = "online", description = "online/offline (logical vary) or standby (not configured)")
            String state, boolean online, boolean configured, List<String> subchannels) {
    }

    @Schema(name = "PathState")
    public record OnlineBody(@Schema(required = true, example = "false") Boolean online) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listChpids", summary = "Channel paths with their state and the subchannels using them")
    public List<ChpidJson> list() {
        return paths.all().stream().map(ChpidResource::json).toList();
    }

    @POST
    @Path("/{chpid}/vary")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "varyChpid", summary = "Logical vary (chchp -v): PAM unchanged, no CRW")
    public ChpidJson vary(@Parameter(example = "13") @PathParam("chpid") String chpid, OnlineBody body) {
        return json(paths.vary(Schids.chpid(chpid), online(body), caller.name()));
    }

    @POST
    @Path("/{chpid}/configure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "configureChpid", summary = "Configure off/on (chchp -c): PAM follows, CRW 0x040600xx/0x040200xx")
    public ChpidJson configure(@Parameter(example = "13") @PathParam("chpid") String chpid, OnlineBody body) {
        return json(paths.configure(Schids.chpid(chpid), online(body), caller.name()));
    }

    private static boolean online(OnlineBody body) {
        if (body == null || body.online() == null) {
            throw InvalidRequestException.field("online", "required: true or false");
        }
        return body.online();
    }

    private static ChpidJson json(ChannelPathView p) {
        String state = p.configure() != 1 ? "standby" : p.online() ? "online" : "offline";
        return new ChpidJson(Hex.u8(p.chpid()), Hex.u8(p.type()), state, p.online(), p.configure() == 1,
                p.subchannels());
    }
}
