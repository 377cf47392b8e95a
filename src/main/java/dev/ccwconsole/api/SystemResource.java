package dev.ccwconsole.api;

import dev.ccwconsole.api.security.AnonymousReadAugmentor;
import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.BackendView;
import dev.ccwconsole.service.Inventory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which backend runs, whether the demo banner applies, who the caller is; and a trivial endpoint (HTTP ceiling). */
@Path("/api/v1")
@Tag(name = "system")
public class SystemResource {

    private final Inventory inventory;
    private final AnonymousReadAugmentor anonymous;
    private final SecurityIdentity identity;

    public SystemResource(Inventory inventory, AnonymousReadAugmentor anonymous, SecurityIdentity identity) {
        this.inventory = inventory;
        this.anonymous = anonymous;
        this.identity = identity;
    }

    @Schema(name = "System")
    public record SystemJson(@Schema(example = "emulator") String backend, String reason, String profile,
            boolean fsmAuthoritative, int openDevices,
            @Schema(description = "anonymous reads and demo users are active: show a banner") boolean demoMode,
            String user, List<String> roles) {
    }

    @GET
    @Path("/system")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSystem", summary = "Backend, demo-mode banner flag and the caller's roles")
    public SystemJson system() {
        BackendView b = inventory.backend();
        return new SystemJson(b.name(), b.reason(), b.profile().orElse(null), b.fsmAuthoritative(), b.openDevices(),
                anonymous.enabled(), identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                identity.getRoles().stream().sorted().toList());
    }

    @GET
    @Path("/ping")
    @Produces(MediaType.TEXT_PLAIN)
    @PermitAll
    @Operation(operationId = "ping", summary = "Trivial liveness answer (the benchmark's HTTP ceiling)")
    public String ping() {
        return "pong";
    }
}
