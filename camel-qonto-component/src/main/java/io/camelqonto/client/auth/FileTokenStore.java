package io.camelqonto.client.auth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps tokens in a file, so that a rotated refresh token survives a restart, a crash and a power loss. Writes go
 * through a {@link DurableFile}: once {@link #save} returns, the new pair is on disk and the old one (which Qonto is
 * about to invalidate) is gone; a crash at any point leaves either the old or the new pair, never half of one. The
 * file is readable by its owner only, where the file system allows it.
 */
public final class FileTokenStore implements TokenStore {

    private static final String ACCESS_TOKEN = "access_token";
    private static final String REFRESH_TOKEN = "refresh_token";
    private static final String EXPIRES_AT = "expires_at";

    private final DurableFile file;
    private final OAuthTokens initial;

    /**
     * @param file    where the tokens are kept
     * @param initial tokens to start from while the file does not exist yet (e.g. the refresh token
     *                obtained at consent); ignored once the file exists, because it then holds newer ones
     */
    public FileTokenStore(Path file, OAuthTokens initial) {
        this.file = new DurableFile(file, "OAuth token file");
        this.initial = initial;
    }

    /**
     * A store whose file must hold tokens before the first call.
     *
     * @param file where the tokens are kept
     */
    public FileTokenStore(Path file) {
        this(file, null);
    }

    /** {@return where the tokens are kept} */
    public Path file() {
        return file.path();
    }

    @Override
    public synchronized Optional<OAuthTokens> load() {
        if (!file.exists()) {
            return Optional.ofNullable(initial);
        }
        Properties props = file.read();
        String expires = props.getProperty(EXPIRES_AT);
        return Optional.of(new OAuthTokens(props.getProperty(ACCESS_TOKEN), props.getProperty(REFRESH_TOKEN),
                expires == null || expires.isBlank() ? null : Instant.parse(expires)));
    }

    @Override
    public synchronized void save(OAuthTokens tokens) {
        Properties props = new Properties();
        if (tokens.accessToken() != null) {
            props.setProperty(ACCESS_TOKEN, tokens.accessToken());
        }
        if (tokens.refreshToken() != null) {
            props.setProperty(REFRESH_TOKEN, tokens.refreshToken());
        }
        if (tokens.expiresAt() != null) {
            props.setProperty(EXPIRES_AT, tokens.expiresAt().toString());
        }
        file.write(props, "Qonto OAuth tokens: keep secret");
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file.path().getFileName() + "]";
    }
}
