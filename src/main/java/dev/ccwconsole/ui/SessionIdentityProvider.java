package dev.ccwconsole.ui;

import dev.ccwconsole.service.security.Roles;

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
                .setPrincipal(new QuarkusPrincipal(request.getPrincipal())).addRoles(Roles.expand(user.roles())).build());
    }

}
