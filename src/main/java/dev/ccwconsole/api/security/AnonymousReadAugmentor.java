package dev.ccwconsole.api.security;

import dev.ccwconsole.service.security.Roles;

import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.Inventory;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * With the emulator (and {@code ccw.security.anonymous-read}), an anonymous caller may read: it gets the viewer role
 * but stays anonymous, so every mutating call still answers 401 (not 403) and asks for credentials. Natively every
 * endpoint needs a role (api.md "Security").
 */
@ApplicationScoped
public class AnonymousReadAugmentor implements SecurityIdentityAugmentor {

    private final CcwConfig config;
    private final Inventory inventory;

    public AnonymousReadAugmentor(CcwConfig config, Inventory inventory) {
        this.config = config;
        this.inventory = inventory;
    }

    public boolean enabled() {
        return config.security().anonymousRead() && inventory.backend().emulator();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() || !enabled()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.VIEWER).build());
    }
}
