package io.camelqonto.emulator;

/**
 * Tokens issued by the emulated OAuth server.
 *
 * @param refreshToken null unless the scopes included {@code offline_access}
 * @param expiresIn lifetime of the access token, in seconds
 */
public record OAuthTokens(String accessToken, String refreshToken, long expiresIn) {

    /** Tokens are secrets: they are left out. */
    @Override
    public String toString() {
        return "OAuthTokens[expiresIn=" + expiresIn + ", refreshToken=" + (refreshToken == null ? "none" : "issued") + "]";
    }
}
