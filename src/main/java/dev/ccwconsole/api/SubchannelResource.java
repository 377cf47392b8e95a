package dev.ccwconsole.api;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.fsm.Transition;
import dev.ccwconsole.service.ConflictException;
import dev.ccwconsole.service.FsmHistory;
import dev.ccwconsole.service.Inventory;
import dev.ccwconsole.service.KernelRefusalException;
import dev.ccwconsole.service.LiveReads;
import dev.ccwconsole.service.SubchannelView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subchannel inventory, regions, FSM, IRB and SCHIB (api.md "Resources"). Thin: validate, call one service, map. */
@Path("/api/v1/subchannels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subchannels")
@RolesAllowed(Roles.VIEWER)
public class SubchannelResource {

    private final Inventory inventory;
    private final LiveReads reads;
    private final FsmHistory fsm;

    public SubchannelResource(Inventory inventory, LiveReads reads, FsmHistory fsm) {
        this.inventory = inventory;
        this.reads = reads;
        this.fsm = fsm;
    }

    @GET
    @Operation(operationId = "listSubchannels", summary = "I/O subchannels joined with mdevs, identity, paths and FSM state")
    public List<SubchannelJson.Item> list() {
        return inventory.subchannels().stream().map(SubchannelJson::item).toList();
    }

    @GET
    @Path("/{schid}")
    @Operation(operationId = "getSubchannel", summary = "One subchannel with live SCHIB, last IRB and regions")
    public SubchannelJson.Detail one(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        SubchannelView v = inventory.subchannel(Schids.schid(schid));
        Map<String, Object> schib = null;
        List<SubchannelJson.Region> regions = List.of();
        if (v.open()) {
            try {
                schib = SubchannelJson.schib(reads.schib(v.schid()));
            } catch (ConflictException | KernelRefusalException e) {
                schib = Map.of("error", e.getMessage());
            }
            regions = reads.regions(v.schid()).stream().map(SubchannelJson::region).toList();
        }
        return new SubchannelJson.Detail(SubchannelJson.item(v), schib,
                reads.lastIrq(v.schid()).map(IrbJson::of).orElse(null), regions);
    }

    @GET
    @Path("/{schid}/regions")
    @Operation(operationId = "listRegions", summary = "Every VFIO region with capabilities and the raw region-info buffer")
    public List<SubchannelJson.Region> regions(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        return reads.regions(Schids.schid(schid)).stream().map(SubchannelJson::region).toList();
    }

    @GET
    @Path("/{schid}/fsm")
    @Operation(operationId = "getFsm", summary = "vfio-ccw FSM state and recent transitions (spec §4)")
    public Map<String, Object> fsm(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        SubchannelView v = inventory.subchannel(Schids.schid(schid));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schid", v.schid());
        m.put("state", v.fsmState().orElse(null));
        m.put("authoritative", v.fsmAuthoritative());
        m.put("profile", v.profile().orElse(null));
        m.put("history", fsm.history(v.schid()).stream().map(e -> {
            Transition t = e.transition();
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("from", t.from().name());
            h.put("event", t.event() == null ? null : t.event().name());
            h.put("to", t.to().name());
            h.put("action", t.action() == null ? null : t.action().name());
            h.put("retCode", t.retCode());
            h.put("cause", t.cause());
            h.put("at", t.at().toString());
            h.put("eventId", e.eventId());
            return h;
        }).toList());
        return m;
    }

    @GET
    @Path("/{schid}/irb")
    @Operation(operationId = "getIrb", summary = "The I/O region's current IRB, decoded (reading consumes nothing)")
    public IrbJson irb(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        return IrbJson.of(reads.irb(Schids.schid(schid)));
    }

    @GET
    @Path("/{schid}/schib")
    @Operation(operationId = "getSchib", summary = "Live STORE SUBCHANNEL through the SCHIB region, decoded and raw")
    public Map<String, Object> schib(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        return SubchannelJson.schib(reads.schib(Schids.schid(schid)));
    }
}
