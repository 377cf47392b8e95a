package dev.ccwconsole.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.MdevView;
import dev.ccwconsole.service.Mdevs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** mdev lifecycle, mdevctl-shaped JSON (api.md: uuid, parent, mdev_type, start, attrs). Creating/removing needs admin. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mdevs")
public class MdevResource {

    private final Mdevs mdevs;
    private final Caller caller;

    public MdevResource(Mdevs mdevs, Caller caller) {
        this.mdevs = mdevs;
        this.caller = caller;
    }

    @Schema(name = "Mdev")
    public record MdevJson(UUID uuid, @Schema(example = "0.0.0100") String parent,
            @JsonProperty("mdev_type") @Schema(example = "vfio_ccw-io") String mdevType,
            @Schema(example = "manual") String start, List<Map<String, String>> attrs, boolean active,
            @JsonProperty("iommu_group") Integer iommuGroup, boolean open) {
    }

    @Schema(name = "MdevType")
    public record MdevTypeJson(String parent, @JsonProperty("mdev_type") String mdevType, String name,
            @JsonProperty("device_api") String deviceApi,
            @JsonProperty("available_instances") int availableInstances) {
    }

    @Schema(name = "MdevCreate")
    public record CreateBody(@Schema(description = "generated when absent") String uuid,
            @Schema(required = true, example = "0.0.0107") String parent,
            @JsonProperty("mdev_type") @Schema(example = "vfio_ccw-io") String mdevType,
            @Schema(example = "manual") String start, List<Map<String, String>> attrs) {
    }

    @GET
    @Path("/mdev-types")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listMdevTypes", summary = "The vfio_ccw-io type of every subchannel bound to vfio_ccw")
    public List<MdevTypeJson> types() {
        return mdevs.types().stream().map(t -> new MdevTypeJson(t.parent(), t.typeId(), t.name(), t.deviceApi(),
                t.availableInstances())).toList();
    }

    @GET
    @Path("/mdevs")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listMdevs", summary = "Created mdevs and mdevctl definitions")
    public List<MdevJson> list() {
        return mdevs.all().stream().map(MdevResource::json).toList();
    }

    @POST
    @Path("/mdevs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMdev", summary = "Create an mdev on a subchannel bound to vfio_ccw and open it")
    public Response create(CreateBody body) {
        if (body == null || body.parent() == null) {
            throw InvalidRequestException.field("parent", "the parent subchannel is required, e.g. 0.0.0107");
        }
        UUID uuid;
        try {
            uuid = body.uuid() == null ? UUID.randomUUID() : UUID.fromString(body.uuid());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("uuid", "not a UUID: " + body.uuid());
        }
        MdevView v = mdevs.create(Schids.schid(body.parent()), uuid, body.mdevType(), caller.name());
        return Response.created(URI.create("/api/v1/mdevs/" + uuid)).entity(json(v)).build();
    }

    @DELETE
    @Path("/mdevs/{uuid}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeMdev", summary = "Release and remove an mdev")
    public Response remove(@PathParam("uuid") String uuid) {
        mdevs.remove(Schids.uuid(uuid), caller.name());
        return Response.noContent().build();
    }

    private static MdevJson json(MdevView m) {
        List<Map<String, String>> attrs = m.attrs().entrySet().stream().map(e -> Map.of(e.getKey(), e.getValue()))
                .toList();
        return new MdevJson(m.uuid(), m.parent(), m.mdevType(), m.start().orElse("manual"), attrs, m.active(),
                m.iommuGroup().orElse(null), m.open());
    }
}
