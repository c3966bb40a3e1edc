package dev.lede.platform.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key presented as {@code Authorization: Bearer <key>}, on its way to the identity providers. Never printed. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {
    private final String key;

    ApiKeyRequest(String key) {
        this.key = key;
    }

    /** The key as sent: for an identity provider to digest and forget, never to log. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[key hidden]";
    }
}
