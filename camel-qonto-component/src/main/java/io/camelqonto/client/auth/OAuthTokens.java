package io.camelqonto.client.auth;

import java.time.Instant;

/**
 * A user's OAuth tokens.
 *
 * @param accessToken  bearer token, or null when only a refresh token is known yet
 * @param refreshToken refresh token (rotates on every use), or null without {@code offline_access}
 * @param expiresAt    when the access token expires, or null when unknown
 */
public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    /**
     * Tokens from a refresh token alone: the client fetches an access token before the first call.
     *
     * @param refreshToken the refresh token obtained at consent
     * @return the tokens
     */
    public static OAuthTokens ofRefreshToken(String refreshToken) {
        return new OAuthTokens(null, refreshToken, null);
    }

    @Override
    public String toString() {
        return "OAuthTokens[accessToken=" + (accessToken == null ? "none" : "******") + ", refreshToken="
                + (refreshToken == null ? "none" : "******") + ", expiresAt=" + expiresAt + "]";
    }
}
