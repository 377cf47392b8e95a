package dev.ccwconsole.ui;

import dev.ccwconsole.service.CcwConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * After the login form checked the password (with the same identity store HTTP Basic uses), each request carries
 * only the encrypted session cookie naming the user: Quarkus turns it into a {@link TrustedAuthenticationRequest},
 * answered here with the user's configured roles (admin implies operator implies viewer).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final CcwConfig config;

    public SessionIdentityProvider(CcwConfig config) {
        this.config = config;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        CcwConfig.Security.User user = config.security().users().get(request.getPrincipal());
        if (user == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the session's user no longer exists"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getPrincipal())).addRoles(expand(user.roles())).build());
    }

    static Set<String> expand(String configured) {
        Set<String> roles = new LinkedHashSet<>();
        for (String r : configured.split(",")) {
            switch (r.trim()) {
                case ConsoleRequest.ADMIN -> roles.addAll(Set.of(ConsoleRequest.ADMIN, ConsoleRequest.OPERATOR,
                        ConsoleRequest.VIEWER));
                case ConsoleRequest.OPERATOR -> roles.addAll(Set.of(ConsoleRequest.OPERATOR, ConsoleRequest.VIEWER));
                case ConsoleRequest.VIEWER -> roles.add(ConsoleRequest.VIEWER);
                default -> { }
            }
        }
        return roles;
    }
}
