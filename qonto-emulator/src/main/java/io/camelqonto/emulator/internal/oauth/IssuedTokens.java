package io.camelqonto.emulator.internal.oauth;

import java.util.Set;

/** @param refreshToken null unless the scopes include {@code offline_access} */
public record IssuedTokens(String accessToken, String refreshToken, long expiresIn, Set<String> scopes) {

    @Override
    public String toString() {
        return "IssuedTokens[scopes=" + scopes + ", expiresIn=" + expiresIn + "]";
    }
}
