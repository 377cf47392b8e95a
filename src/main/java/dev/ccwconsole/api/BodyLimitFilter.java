package dev.ccwconsole.api;

import dev.ccwconsole.service.CcwConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses bodies above the configured limit before they are parsed (413 problem+json, never a hang or a 5xx). */
public class BodyLimitFilter {

    private final long limit;

    public BodyLimitFilter(CcwConfig config) {
        this.limit = config.limits().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long n = Long.parseLong(length.trim());
                if (n > limit) {
                    throw new BodyTooLargeException(n, limit);
                }
            } catch (NumberFormatException e) {
                return;
            }
        }
    }
}
