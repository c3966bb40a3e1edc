package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, as established by {@link ApiKeyFilter}: anonymous or holding the admin key. */
@RequestScoped
public class Caller {
    private boolean admin;

    void grantAdmin() {
        this.admin = true;
    }

    /** True when the request carried a valid key that may write and read drafts. */
    public boolean isAdmin() {
        return admin;
    }

    public void requireAdmin(String what) {
        if (!admin) {
            throw Failure.unauthenticated("an API key is required to " + what);
        }
    }
}
