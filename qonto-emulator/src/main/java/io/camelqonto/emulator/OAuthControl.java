package io.camelqonto.emulator;

import io.camelqonto.emulator.internal.oauth.IssuedTokens;
import io.camelqonto.emulator.internal.oauth.TokenRegistry;
import java.util.Set;

/** Shortcuts through the OAuth flow, and control over token expiry. */
public final class OAuthControl {

    private final TokenRegistry tokens;
    private final String clientId;

    OAuthControl(TokenRegistry tokens, String clientId) {
        this.tokens = tokens;
        this.clientId = clientId;
    }

    /**
     * Tokens for the configured OAuth client, as if a user had consented to these scopes. As with Qonto,
     * a refresh token comes only with {@code offline_access}.
     *
     * @param scopes the scopes consented to
     * @return the access token, its lifetime and, with {@code offline_access}, a refresh token
     */
    public OAuthTokens issueTokens(Set<String> scopes) {
        IssuedTokens issued = tokens.issue(clientId, scopes);
        return new OAuthTokens(issued.accessToken(), issued.refreshToken(), issued.expiresIn());
    }

    /** Makes every access token issued so far expired; refresh tokens keep working. */
    public void expireAccessTokens() {
        tokens.expireAccessTokens();
    }

    /**
     * A code for {@code grant_type=authorization_code}, valid 10 minutes, as the consent redirect carries.
     *
     * @param scopes the scopes consented to
     * @param redirectUri the redirect URI the token request must repeat
     * @return the code
     */
    public String issueAuthorizationCode(Set<String> scopes, String redirectUri) {
        return tokens.issueCode(clientId, scopes, redirectUri);
    }
}
