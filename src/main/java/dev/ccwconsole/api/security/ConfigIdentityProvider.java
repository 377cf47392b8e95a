package dev.ccwconsole.api.security;

import dev.ccwconsole.service.security.Roles;
import dev.ccwconsole.service.security.PasswordHashes;

import dev.ccwconsole.service.CcwConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity store of HTTP Basic: users, bcrypt password hashes and roles from {@code ccw.security.users.*}.
 * bcrypt runs on a worker thread ({@code runBlocking}), never on the event loop.
 */
@ApplicationScoped
public class ConfigIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final CcwConfig config;
    private final PasswordHashes hashes = new PasswordHashes();

    public ConfigIdentityProvider(CcwConfig config) {
        this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CcwConfig.Security.User user = config.security().users().get(request.getUsername());
            if (user == null || !hashes.matches(user.passwordHash(), request.getPassword().getPassword())) {
                throw new AuthenticationFailedException("invalid user name or password");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addRoles(Roles.expand(user.roles())).addCredential(request.getPassword()).build();
        });
    }
}
