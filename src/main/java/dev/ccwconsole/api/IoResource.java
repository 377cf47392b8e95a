package dev.ccwconsole.api;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.AuditLog;
import dev.ccwconsole.service.Execution;
import dev.ccwconsole.service.HaltClearResult;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.IoOperations;
import dev.ccwconsole.service.OperationResult;
import dev.ccwconsole.service.StartResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * START / HALT / CLEAR SUBCHANNEL and execute (api.md "Resources", "Status mapping"); every call is audited.
 *
 * <p>Threads: every method runs on the request's event loop. That is safe because an instruction is one bounded
 * region write: the driver takes its I/O mutex with a trylock and answers -EAGAIN instead of waiting (spec §4.4),
 * the -EAGAIN retries are bounded, and the service's per-subchannel submit lock is only held around that write.
 * Nothing here waits for the device; a worker hand-off per request would cost more than the write itself.
 */
@Path("/api/v1/subchannels/{schid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "io")
@RolesAllowed(Roles.OPERATOR)
public class IoResource {

    private final IoOperations io;
    private final Execution execution;
    private final AuditLog audit;
    private final Caller caller;

    public IoResource(IoOperations io, Execution execution, AuditLog audit, Caller caller) {
        this.io = io;
        this.execution = execution;
        this.audit = audit;
        this.caller = caller;
    }

    @Schema(name = "StartResult")
    public record StartJson(@Schema(example = "0") int cc, @Schema(example = "0") int retCode, Integer errno,
            @Schema(example = "0.0.0100-17") String operationId) {
    }

    @Schema(name = "HaltClearResult")
    public record HaltClearJson(int cc, int retCode, boolean viaAsyncRegion, String operationId) {
    }

    @Schema(name = "ExecuteResult")
    public record ExecuteJson(int cc, String operationId, IrbJson irb, List<ReadJson> data, List<IrbJson> interrupts,
            long elapsedMicros) {
    }

    @Schema(name = "ReadData")
    public record ReadJson(@Schema(description = "index of the read CCW") int ccw, String hex) {
    }

    @POST
    @Path("/ssch")
    @Operation(operationId = "startSubchannel", summary = "START SUBCHANNEL with a channel program; the interrupt "
            + "arrives on the event stream")
    @APIResponse(responseCode = "202", description = "accepted (cc 0)")
    @NonBlocking
    public Response ssch(@Parameter(example = "0.0.0100") @PathParam("schid") String schid, ProgramBody body) {
        String id = Schids.schid(schid);
        StartResult r = audited("ssch", id, () -> io.start(id, request(body).toRequest(), caller.name()));
        return Response.accepted(new StartJson(r.cc(), r.retCode(), null, r.operationId())).build();
    }

    @POST
    @Path("/execute")
    @NonBlocking
    @Operation(operationId = "executeChannelProgram", summary = "START SUBCHANNEL, then wait for the final interrupt; "
            + "read data comes back per read CCW")
    public CompletionStage<ExecuteJson> execute(@Parameter(example = "0.0.0100") @PathParam("schid") String schid,
            ProgramBody body) {
        String id = Schids.schid(schid);
        String user = caller.name();
        CompletableFuture<OperationResult> running;
        try {
            running = execution.executeAsync(id, request(body).toRequest(), user);
        } catch (RuntimeException e) {
            audit.record(user, "execute", id, id, "refused: " + e.getMessage());
            throw e;
        }
        // The START ran here, on the event loop; the answer is written from this same event loop when the interrupt
        // pipeline completes the operation, so no thread waits for the device.
        Context requestContext = Vertx.currentContext();
        CompletableFuture<ExecuteJson> reply = new CompletableFuture<>();
        running.whenComplete((r, error) -> {
            Runnable answer = () -> {
                Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
                if (cause != null) {
                    audit.record(user, "execute", id, id, "refused: " + cause.getMessage());
                    reply.completeExceptionally(cause);
                    return;
                }
                audit.record(user, "execute", id, id, "ok");
                reply.complete(new ExecuteJson(0, r.operationId(), IrbJson.of(r.finalIrq()),
                        r.data().stream().map(d -> new ReadJson(d.ccw(), Hex.of(d.bytes()))).toList(),
                        r.interrupts().stream().map(IrbJson::of).toList(), r.elapsedMicros()));
            };
            if (requestContext != null) {
                requestContext.runOnContext(v -> answer.run());
            } else {
                answer.run();
            }
        });
        return reply;
    }

    @POST
    @Path("/hsch")
    @Operation(operationId = "haltSubchannel", summary = "HALT SUBCHANNEL through the async region (emulated when absent)")
    @APIResponse(responseCode = "202", description = "accepted (cc 0)")
    @NonBlocking
    public Response hsch(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        String id = Schids.schid(schid);
        return haltClear(audited("hsch", id, () -> io.halt(id)));
    }

    @POST
    @Path("/csch")
    @Operation(operationId = "clearSubchannel", summary = "CLEAR SUBCHANNEL through the async region (emulated when absent)")
    @APIResponse(responseCode = "202", description = "accepted (cc 0)")
    @NonBlocking
    public Response csch(@Parameter(example = "0.0.0100") @PathParam("schid") String schid) {
        String id = Schids.schid(schid);
        return haltClear(audited("csch", id, () -> io.clear(id)));
    }

    private static Response haltClear(HaltClearResult r) {
        return Response.accepted(new HaltClearJson(r.cc(), r.retCode(), r.viaAsyncRegion(), r.operationId())).build();
    }

    private static ProgramBody request(ProgramBody body) {
        if (body == null) {
            throw InvalidRequestException.field("program", "a channel program body is required");
        }
        return body;
    }

    private <T> T audited(String action, String schid, Supplier<T> call) {
        try {
            T result = call.get();
            audit.record(caller.name(), action, schid, schid, "ok");
            return result;
        } catch (RuntimeException e) {
            audit.record(caller.name(), action, schid, schid, "refused: " + e.getMessage());
            throw e;
        }
    }
}
