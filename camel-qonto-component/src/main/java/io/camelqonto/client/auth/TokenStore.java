package io.camelqonto.client.auth;

import java.util.Optional;

/**
 * Keeps the current OAuth tokens. Qonto rotates refresh tokens, and the previous one dies 60 seconds
 * after its first use: a store that loses the new one locks the integration out until a user consents
 * again. Implementations must make {@link #save} durable before returning.
 */
public interface TokenStore {

    /** {@return the current tokens, or empty when the store holds none} */
    Optional<OAuthTokens> load();

    /**
     * Replaces the current tokens; durable when this returns.
     *
     * @param tokens the new tokens
     */
    void save(OAuthTokens tokens);
}
