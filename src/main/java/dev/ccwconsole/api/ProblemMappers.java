package dev.ccwconsole.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.service.ConflictException;
import dev.ccwconsole.service.EmulatorUnavailableException;
import dev.ccwconsole.service.ExecuteTimeoutException;
import dev.ccwconsole.service.HostRefusalException;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.KernelRefusalException;
import dev.ccwconsole.service.RetryLaterException;
import dev.ccwconsole.service.UnknownResourceException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become HTTP (architecture rule 4): every failure is an RFC 9457 problem+json with the
 * fields that help — CCW index and field for invalid programs, cc/retCode/errno for kernel refusals, Retry-After for
 * exhausted EAGAIN retries (api.md "Status mapping").
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String CHALLENGE = "Basic realm=\"ccw-console\"";

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        return Problem.of(e.ccwIndex().isPresent() ? "invalid-program" : "invalid-request",
                e.ccwIndex().isPresent() ? "Invalid channel program" : "Invalid request", 422, e.getMessage())
                .with("ccwIndex", e.ccwIndex().orElse(null)).with("field", e.field()).with("reason", e.reason())
                .toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response unknown(UnknownResourceException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).with("kind", e.kind()).with("id", e.id())
                .toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problem.of("conflict", "Conflict", 409, e.getMessage()).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response refused(KernelRefusalException e, UriInfo uri) {
        int status = e.errno().map(ProblemMappers::statusOf).orElse(409);
        return Problem.of("kernel-refusal", e.operation().toUpperCase() + " refused", status, e.getMessage())
                .with("operation", e.operation()).with("cc", e.cc().orElse(null)).with("retCode", e.retCode())
                .with("errno", e.errno().map(Enum::name).orElse(null))
                .with("refusedBy", e.byService() ? "service" : "driver").toResponse(path(uri));
    }

    /** api.md "Status mapping": busy/not operational/EIO are conflicts, EOPNOTSUPP/EINVAL unprocessable. */
    static int statusOf(Errno errno) {
        return switch (errno) {
            case EOPNOTSUPP, EINVAL, EFAULT, EPERM -> 422;
            case ENOENT -> 404;
            default -> 409;
        };
    }

    @ServerExceptionMapper
    public Response host(HostRefusalException e, UriInfo uri) {
        int status = e.errnoName().map(ProblemMappers::statusOf).orElse(409);
        return Problem.of("host-refusal", "The host refused", status, e.getMessage())
                .with("operation", e.operation()).with("target", e.target())
                .with("errno", e.errnoName().map(Enum::name).orElse(Integer.toString(e.errno())))
                .toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, UriInfo uri) {
        return Problem.of("retry-later", "Driver busy, retry later", 503, e.getMessage())
                .with("retCode", Errno.EAGAIN.retCode()).with("errno", "EAGAIN").with("attempts", e.attempts())
                .header("Retry-After", Integer.toString(e.retryAfterSeconds())).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response timeout(ExecuteTimeoutException e, UriInfo uri) {
        return Problem.of("execute-timeout", "No final interrupt in time", 504, e.getMessage())
                .with("operationId", e.operationId()).with("timeoutMs", e.timeoutMs()).with("fsmState", e.fsmState())
                .with("actions", e.actions()).with("terminated", e.terminated())
                .with("interrupts", e.interrupts().stream().map(IrbJson::of).toList()).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response noEmulator(EmulatorUnavailableException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
        return Problem.of("payload-too-large", "Request body too large", 413, e.getMessage())
                .with("limit", e.limit()).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response tooManySubscribers(TooManySubscribersException e, UriInfo uri) {
        return Problem.of("too-many-subscribers", "Too many event subscribers", 429, e.getMessage())
                .header("Retry-After", "5").toResponse(path(uri));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        String pointer = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : null;
        JsonLocation at = e.getLocation();
        return Problem.of("malformed-json", "Malformed JSON", 400, e.getOriginalMessage())
                .with("field", pointer == null || pointer.isEmpty() ? null : pointer)
                .with("line", at == null ? null : at.getLineNr()).with("column", at == null ? null : at.getColumnNr())
                .toResponse(path(uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Problem.of("unauthorized", "Authentication required", 401,
                e instanceof AuthenticationFailedException ? "invalid credentials"
                        : "this operation needs an authenticated user (HTTP Basic)")
                .header("WWW-Authenticate", CHALLENGE).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of("forbidden", "Forbidden", 403, "your role does not allow this operation")
                .toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return badJson(json, uri);
            }
        }
        if (e.getResponse().getStatus() == 400 && e.getCause() == null && e.getMessage() != null
                && e.getMessage().contains("JSON")) {
            return Problem.of("malformed-json", "Malformed JSON", 400, e.getMessage()).toResponse(path(uri));
        }
        int status = e.getResponse().getStatus();
        Response.Status s = Response.Status.fromStatusCode(status);
        return Problem.of("http-" + status, s == null ? "HTTP " + status : s.getReasonPhrase(), status,
                e.getMessage()).toResponse(path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException w) {
            return web(w, uri);
        }
        LOG.error("unexpected failure on " + path(uri), e);
        return Problem.of("internal", "Internal error", 500, e.getClass().getSimpleName() + ": " + e.getMessage())
                .toResponse(path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
