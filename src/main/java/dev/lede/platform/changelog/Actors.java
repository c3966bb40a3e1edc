package dev.lede.platform.changelog;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who makes a write, as the change log records it (and revisions after it): the principal of the request's identity,
 * which is the API key's name ("admin" for the configured key), or "system" for what no caller asked for (the
 * first-start seed, a scheduled publication): there is no request then, or no one authenticated in it.
 */
@ApplicationScoped
public class Actors {
    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;

    public Actors(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    String current() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity caller = identity.get();
        return caller == null || caller.isAnonymous() ? SYSTEM : caller.getPrincipal().getName();
    }
}
