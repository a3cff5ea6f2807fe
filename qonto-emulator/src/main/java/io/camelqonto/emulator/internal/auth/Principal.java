package io.camelqonto.emulator.internal.auth;

import java.util.Set;

/**
 * Who is calling, and what they may do.
 *
 * @param clientId the OAuth client a bearer token was issued to; null for an API key
 */
public record Principal(boolean oauth, Set<String> scopes, String clientId) {

    public static Principal apiKey() {
        return new Principal(false, Scopes.API_KEY, null);
    }

    public static Principal bearer(Set<String> scopes, String clientId) {
        return new Principal(true, Set.copyOf(scopes), clientId);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
