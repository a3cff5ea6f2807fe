package io.camelqonto.emulator.internal.oauth;

import io.camelqonto.emulator.internal.RandomTokens;
import io.camelqonto.emulator.internal.auth.Scopes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tokens of the emulated OAuth server, with Qonto's (Ory Hydra's) lifetimes and rotation rules.
 * Thread-safe.
 */
public final class TokenRegistry {

    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);
    static final Duration REFRESH_GRACE_PERIOD = Duration.ofSeconds(60);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration accessTokenTtl;
    private final Map<String, Grant> accessTokens = new HashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new HashMap<>();
    private final Map<String, CodeGrant> codes = new HashMap<>();

    public TokenRegistry(Clock clock, Duration accessTokenTtl) {
        this.clock = clock;
        this.accessTokenTtl = accessTokenTtl;
    }

    /** Access token (and refresh token with {@code offline_access}) for the scopes, as after a consent. */
    public synchronized IssuedTokens issue(String clientId, Set<String> scopes) {
        Set<String> sorted = new TreeSet<>(scopes);
        Instant now = clock.instant();
        String accessToken = "ory_at_" + RandomTokens.base64Url(32) + "." + RandomTokens.base64Url(32);
        accessTokens.put(accessToken, new Grant(clientId, sorted, now.plus(accessTokenTtl)));
        String refreshToken = null;
        if (sorted.contains(Scopes.OFFLINE_ACCESS)) {
            refreshToken = "ory_rt_" + RandomTokens.base64Url(32) + "." + RandomTokens.base64Url(32);
            refreshTokens.put(refreshToken,
                    new RefreshGrant(new Grant(clientId, sorted, now.plus(REFRESH_TOKEN_LIFETIME))));
        }
        return new IssuedTokens(accessToken, refreshToken, accessTokenTtl.toSeconds(), sorted);
    }

    public synchronized Optional<Grant> accessGrant(String accessToken) {
        return Optional.ofNullable(accessTokens.get(accessToken));
    }

    public boolean isExpired(Grant grant) {
        return !clock.instant().isBefore(grant.expiresAt());
    }

    public synchronized String issueCode(String clientId, Set<String> scopes, String redirectUri) {
        return issueCode(clientId, scopes, redirectUri, null);
    }

    /** @param codeChallenge the PKCE S256 challenge the token request must answer, or null without PKCE */
    public synchronized String issueCode(String clientId, Set<String> scopes, String redirectUri,
            String codeChallenge) {
        String code = "ory_ac_" + RandomTokens.base64Url(32) + "." + RandomTokens.base64Url(32);
        codes.put(code, new CodeGrant(new Grant(clientId, Set.copyOf(scopes), clock.instant().plus(CODE_LIFETIME)),
                redirectUri, codeChallenge));
        return code;
    }

    /** Codes are single use: redeeming removes the code whether or not it is accepted. */
    public synchronized Optional<IssuedTokens> redeemCode(String code, String clientId, String redirectUri) {
        return redeemCode(code, clientId, redirectUri, null);
    }

    /**
     * Like {@link #redeemCode(String, String, String)}, with the PKCE verifier: a code issued with a challenge is
     * redeemed only with the verifier whose SHA-256 the challenge is. Inferred: a verifier is refused for a code
     * issued without a challenge, as Ory Hydra (Qonto's OAuth server) does.
     */
    public synchronized Optional<IssuedTokens> redeemCode(String code, String clientId, String redirectUri,
            String codeVerifier) {
        CodeGrant grant = codes.remove(code);
        if (grant == null || !grant.grant().clientId().equals(clientId) || isExpired(grant.grant())
                || (grant.redirectUri() != null && !grant.redirectUri().equals(redirectUri))
                || !Pkce.answers(grant.codeChallenge(), codeVerifier)) {
            return Optional.empty();
        }
        return Optional.of(issue(clientId, grant.grant().scopes()));
    }

    /**
     * Rotates a refresh token: each use returns a new pair. The used token keeps working for a grace period
     * after its first use (for clients that lost the response), then it is refused.
     */
    public synchronized Optional<IssuedTokens> refresh(String refreshToken, String clientId) {
        RefreshGrant grant = refreshTokens.get(refreshToken);
        Instant now = clock.instant();
        if (grant == null || !grant.grant().clientId().equals(clientId) || isExpired(grant.grant())) {
            return Optional.empty();
        }
        if (grant.firstUsedAt == null) {
            grant.firstUsedAt = now;
        } else if (!now.isBefore(grant.firstUsedAt.plus(REFRESH_GRACE_PERIOD))) {
            refreshTokens.remove(refreshToken);
            return Optional.empty();
        }
        return Optional.of(issue(clientId, grant.grant().scopes()));
    }

    public synchronized void expireAccessTokens() {
        Instant past = clock.instant().minusSeconds(1);
        accessTokens.replaceAll((token, grant) -> new Grant(grant.clientId(), grant.scopes(), past));
    }

    /** Revokes an access or refresh token of that client (RFC 7009: unknown tokens are not an error). */
    public synchronized void revoke(String token, String clientId) {
        Grant access = accessTokens.get(token);
        if (access != null && access.clientId().equals(clientId)) {
            accessTokens.remove(token);
        }
        RefreshGrant refresh = refreshTokens.get(token);
        if (refresh != null && refresh.grant().clientId().equals(clientId)) {
            refreshTokens.remove(token);
        }
    }

    /** What revoking the user's consent does: every token of the client stops working. */
    public synchronized void revokeClient(String clientId) {
        accessTokens.values().removeIf(grant -> grant.clientId().equals(clientId));
        refreshTokens.values().removeIf(grant -> grant.grant().clientId().equals(clientId));
    }

    /** What a token or code allows, until when. */
    public record Grant(String clientId, Set<String> scopes, Instant expiresAt) {
    }

    private record CodeGrant(Grant grant, String redirectUri, String codeChallenge) {
    }

    private static final class RefreshGrant {
        private final Grant grant;
        private Instant firstUsedAt;

        RefreshGrant(Grant grant) {
            this.grant = grant;
        }

        Grant grant() {
            return grant;
        }
    }
}
