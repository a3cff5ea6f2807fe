package io.camelqonto.client.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps tokens in memory only: after a restart the initial refresh token must still be valid. */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<OAuthTokens> tokens;

    /**
     * A store starting with these tokens.
     *
     * @param initial the tokens to start from, typically {@link OAuthTokens#ofRefreshToken(String)}
     */
    public InMemoryTokenStore(OAuthTokens initial) {
        this.tokens = new AtomicReference<>(initial);
    }

    @Override
    public Optional<OAuthTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(OAuthTokens tokens) {
        this.tokens.set(tokens);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore";
    }
}
