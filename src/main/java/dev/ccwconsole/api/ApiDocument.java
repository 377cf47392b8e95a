package dev.ccwconsole.api;

import dev.ccwconsole.service.security.Roles;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI document's frame: title, security scheme (HTTP Basic) and tags. */
@OpenAPIDefinition(
        info = @Info(title = "ccw-console API", version = "1",
                description = "REST control plane for Linux vfio-ccw mediated devices. Errors are RFC 9457 "
                        + "application/problem+json. Roles: viewer (reads, events), operator (I/O, paths, emulator "
                        + "controls), admin (mdev lifecycle)."),
        security = @SecurityRequirement(name = "basic"),
        tags = {@Tag(name = "subchannels", description = "inventory, regions, FSM, IRB, SCHIB"),
                @Tag(name = "io", description = "START, HALT, CLEAR SUBCHANNEL and execute"),
                @Tag(name = "events", description = "Server-Sent Events"),
                @Tag(name = "mdevs", description = "mdev lifecycle"),
                @Tag(name = "chpids", description = "channel paths"),
                @Tag(name = "emulator", description = "emulator-only controls (404 natively)"),
                @Tag(name = "system", description = "backend and session information")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiDocument extends Application {
}
