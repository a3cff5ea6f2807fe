package io.camelqonto.emulator.internal.auth;

import io.camelqonto.emulator.internal.oauth.TokenRegistry;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Qonto's two ways to authenticate: {@code Authorization: <login>:<secret-key>} (raw, neither Basic nor
 * Bearer) and {@code Authorization: Bearer <access token>}.
 */
public final class Authenticator {

    private static final String BEARER = "bearer ";

    private final byte[] apiKey;
    private final TokenRegistry tokens;

    public Authenticator(String login, String secretKey, TokenRegistry tokens) {
        this.apiKey = (login + ":" + secretKey).getBytes(StandardCharsets.UTF_8);
        this.tokens = tokens;
    }

    public Authentication authenticate(Optional<String> authorization) {
        if (authorization.isEmpty() || authorization.get().isBlank()) {
            return new Authentication.Rejected("authorization_header_missing", "Authorization header is missing");
        }
        String value = authorization.get().trim();
        if (value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return bearer(value.substring(BEARER.length()).trim());
        }
        if (MessageDigest.isEqual(apiKey, value.getBytes(StandardCharsets.UTF_8))) {
            return new Authentication.Accepted(Principal.apiKey());
        }
        return invalid("invalid API key");
    }

    private Authentication bearer(String accessToken) {
        return tokens.accessGrant(accessToken)
                .<Authentication>map(grant -> tokens.isExpired(grant)
                        ? invalid("token expired")
                        : new Authentication.Accepted(Principal.bearer(grant.scopes(), grant.clientId())))
                .orElseGet(() -> invalid("invalid access token"));
    }

    private static Authentication invalid(String detail) {
        return new Authentication.Rejected("authorization_token_invalid", detail);
    }
}
