package dev.ccwconsole.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling, for the audit trail. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
