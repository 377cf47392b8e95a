package dev.ccwconsole.ui;

import dev.ccwconsole.service.BackendView;
import dev.ccwconsole.service.EventHub;
import dev.ccwconsole.service.Inventory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The caller of one page request: builds the {@link Chrome} and sends callers without the viewer role to the login
 * form (pages never answer 401; with the emulator's anonymous reads everyone is a viewer).
 */
@RequestScoped
public class ConsoleRequest {

    static final String VIEWER = "viewer";
    static final String OPERATOR = "operator";
    static final String ADMIN = "admin";

    private final SecurityIdentity identity;
    private final Inventory inventory;
    private final DemoMode demo;
    private final CsrfTokens csrf;
    private final EventHub events;

    public ConsoleRequest(SecurityIdentity identity, Inventory inventory, DemoMode demo, CsrfTokens csrf,
            EventHub events) {
        this.events = events;
        this.identity = identity;
        this.inventory = inventory;
        this.demo = demo;
        this.csrf = csrf;
    }

    /** @throws WebApplicationException a redirect to /login when the caller may not read */
    Chrome chrome(String title, String nav) {
        if (!identity.hasRole(VIEWER)) {
            throw new WebApplicationException(Response.seeOther(URI.create("/login")).build());
        }
        BackendView b = inventory.backend();
        return new Chrome(title, nav, identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                !identity.isAnonymous(), identity.hasRole(OPERATOR), identity.hasRole(ADMIN), demo.active(), b.name(),
                b.profile().orElse("unknown"), b.emulator(), csrf.token(), events.latestId());
    }
}
