package io.camelqonto.client.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * OAuth 2 client credentials and the store of the user's tokens. The access token is refreshed
 * {@code refreshBefore} ahead of its expiry; Qonto rotates the refresh token on every refresh, so the
 * new pair is saved to the {@link TokenStore} at once, before it is used.
 *
 * @param clientId      OAuth client id of the app
 * @param clientSecret  OAuth client secret, sent in the form body (Qonto refuses Basic)
 * @param tokenStore    where the current tokens live; must already hold a refresh token or an access token
 * @param refreshBefore how long before expiry the access token is renewed
 */
public record OAuthCredentials(String clientId, String clientSecret, TokenStore tokenStore, Duration refreshBefore)
        implements QontoCredentials {

    /** Renews the access token a minute before it expires, so no call goes out with one about to die. */
    public static final Duration DEFAULT_REFRESH_BEFORE = Duration.ofSeconds(60);

    /**
     * Requires a token store; a null {@code refreshBefore} takes {@link #DEFAULT_REFRESH_BEFORE}.
     *
     * @param clientId      OAuth client id of the app
     * @param clientSecret  OAuth client secret
     * @param tokenStore    where the current tokens live
     * @param refreshBefore how long before expiry the access token is renewed, or null for the default
     */
    public OAuthCredentials {
        Objects.requireNonNull(tokenStore, "tokenStore");
        refreshBefore = refreshBefore == null ? DEFAULT_REFRESH_BEFORE : refreshBefore;
    }

    @Override
    public String toString() {
        return "OAuthCredentials[clientId=" + clientId + ", clientSecret=******, tokenStore=" + tokenStore + "]";
    }
}
