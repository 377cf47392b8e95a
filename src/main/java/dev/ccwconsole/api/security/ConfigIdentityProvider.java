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
 * bcrypt runs on a worker thread ({@code runBlocking}), never on the event loop; a password verified before is
 * recognised on the calling thread, so automation sending Basic credentials on every request pays no thread hand-off.
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
        CcwConfig.Security.User user = config.security().users().get(request.getUsername());
        char[] password = request.getPassword().getPassword();
        if (user != null && hashes.matchesRemembered(user.passwordHash(), password)) {
            return Uni.createFrom().item(identity(request, user));
        }
        return context.runBlocking(() -> {
            if (user == null || !hashes.matches(user.passwordHash(), password)) {
                throw new AuthenticationFailedException("invalid user name or password");
            }
            return identity(request, user);
        });
    }

    private static SecurityIdentity identity(UsernamePasswordAuthenticationRequest request,
            CcwConfig.Security.User user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRoles(Roles.expand(user.roles())).addCredential(request.getPassword()).build();
    }
}
