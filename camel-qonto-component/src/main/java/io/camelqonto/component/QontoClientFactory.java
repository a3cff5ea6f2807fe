package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.camelqonto.client.QontoClientConfig;
import io.camelqonto.client.QontoClientListener;
import io.camelqonto.client.QontoEnvironment;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.RetryPolicy;
import io.camelqonto.client.ScaMode;
import io.camelqonto.client.ServerUrls;
import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.FileTokenStore;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.auth.QontoCredentials;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.model.InvalidInputException;

/**
 * Turns endpoint options into a {@link QontoClientConfig}, and computes the keys under which the component shares
 * clients and OAuth token stores between endpoints.
 *
 * <p>OAuth wins when both an API key and OAuth options are configured (e.g. an API key on the component and a refresh
 * token on one endpoint), because OAuth can do everything an API key can and more.</p>
 */
final class QontoClientFactory {

    private static final String SUBJECT = "qonto credentials";

    private QontoClientFactory() {
    }

    /**
     * Checks that the options name one complete way to authenticate.
     *
     * @throws InvalidInputException naming what is missing
     */
    static void checkCredentials(QontoConfiguration c) {
        if (usesOAuth(c)) {
            if (c.getTokenStore() != null && c.getTokenFile() != null) {
                throw new InvalidInputException(SUBJECT, "tokenFile", "cannot be combined with tokenStore; choose one");
            }
            boolean refreshes = c.getRefreshToken() != null || c.getTokenStore() != null || c.getTokenFile() != null;
            if (refreshes && (c.getClientId() == null || c.getClientSecret() == null)) {
                throw new InvalidInputException(SUBJECT, c.getClientId() == null ? "clientId" : "clientSecret",
                        "is required to refresh OAuth tokens");
            }
            if (!refreshes && c.getAccessToken() == null) {
                throw new InvalidInputException(SUBJECT, "refreshToken",
                        "OAuth needs a refreshToken, an accessToken, a tokenFile or a tokenStore");
            }
        } else if (c.getLogin() != null || c.getSecretKey() != null) {
            if (c.getLogin() == null || c.getSecretKey() == null) {
                throw new InvalidInputException(SUBJECT, c.getLogin() == null ? "login" : "secretKey",
                        "is required for API-key authentication");
            }
        } else {
            throw new InvalidInputException(SUBJECT, "credentials",
                    "none configured: set login and secretKey (API key), or clientId, clientSecret and refreshToken"
                                                                    + " (OAuth), or a client bean");
        }
    }

    /**
     * Checks the URLs that credentials go to: https, or plain http to this machine unless allowInsecureHttp is set.
     *
     * @throws InvalidInputException naming the option, never quoting the URL
     */
    static void checkUrls(QontoConfiguration c, String subject) {
        if (c.getBaseUrl() != null) {
            ServerUrls.check(subject, "baseUrl", c.getBaseUrl(), c.isAllowInsecureHttp());
        }
        if (c.getTokenUrl() != null) {
            ServerUrls.check(subject, "tokenUrl", c.getTokenUrl(), c.isAllowInsecureHttp());
        }
    }

    /** Whether these options authenticate with OAuth (and so need a token store). */
    static boolean usesOAuth(QontoConfiguration c) {
        return c.getClientId() != null || c.getClientSecret() != null || c.getAccessToken() != null
                || c.getRefreshToken() != null || c.getTokenStore() != null || c.getTokenFile() != null;
    }

    /**
     * The key of the client these options need. Endpoints with equal keys share one client, hence one connection pool
     * and one token store. Listing options (perPage, maxPages) are left out on purpose: they travel with each call, so
     * they must not split clients.
     */
    static Object clientKey(QontoConfiguration c) {
        Object credentials = usesOAuth(c)
                ? tokenStoreKey(c)
                : new CacheKey(List.of("apikey", c.getLogin(), digest(c.getSecretKey())));
        return new CacheKey(Arrays.asList(c.getEnvironment(), c.getBaseUrl(), c.getTokenUrl(),
                digest(c.getStagingToken()), credentials, digest(c.getClientSecret()), c.getConnectTimeout(),
                c.getResponseTimeout(), c.getCallTimeout(), c.getMaxResponseSize(), c.isAllowInsecureHttp(),
                c.getMaxConnections(), c.getMaxAttempts(), c.getRetryInitialDelay(),
                c.getRetryMaxDelay(), c.getMaxRetryAfter(), c.getScaMode(), c.getScaTimeout(),
                c.getScaPollInterval(), c.getTwoFactorPreference()));
    }

    /**
     * The key of the OAuth token store these options need. Qonto rotates refresh tokens, so two stores seeded with the
     * same refresh token would lock each other out: every client of the same grant must share one store, even clients
     * that differ in other options.
     */
    static Object tokenStoreKey(QontoConfiguration c) {
        if (c.getTokenStore() != null) {
            return c.getTokenStore();
        }
        if (c.getTokenFile() != null) {
            return new CacheKey(List.of("file", tokenFile(c).toString()));
        }
        return new CacheKey(Arrays.asList("memory", c.getClientId(), digest(c.getRefreshToken()),
                digest(c.getAccessToken())));
    }

    /** A new token store seeded from the options; only called once per {@link #tokenStoreKey}. */
    static TokenStore newTokenStore(QontoConfiguration c) {
        if (c.getTokenStore() != null) {
            return c.getTokenStore();
        }
        OAuthTokens initial = c.getRefreshToken() == null && c.getAccessToken() == null
                ? null
                : new OAuthTokens(c.getAccessToken(), c.getRefreshToken(), null);
        if (c.getTokenFile() != null) {
            return new FileTokenStore(tokenFile(c), initial);
        }
        return new InMemoryTokenStore(initial);
    }

    /** The client configuration; {@code tokenStore} is only used with OAuth. */
    static QontoClientConfig clientConfig(QontoConfiguration c, RateLimiter rateLimiter, TokenStore tokenStore,
            QontoClientListener listener) {
        QontoCredentials credentials = usesOAuth(c)
                ? new OAuthCredentials(c.getClientId(), c.getClientSecret(), tokenStore, null)
                : new ApiKeyCredentials(c.getLogin(), c.getSecretKey());
        return QontoClientConfig.builder()
                .environment(QontoEnvironment.valueOf(c.getEnvironment().toUpperCase(Locale.ROOT)))
                .baseUrl(c.getBaseUrl())
                .tokenUrl(c.getTokenUrl())
                .stagingToken(c.getStagingToken())
                .credentials(credentials)
                .connectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .callTimeout(Duration.ofMillis(c.getCallTimeout()))
                .maxResponseSize(c.getMaxResponseSize())
                .allowInsecureHttp(c.isAllowInsecureHttp())
                .maxConnections(c.getMaxConnections())
                .retryPolicy(new RetryPolicy(c.getMaxAttempts(), Duration.ofMillis(c.getRetryInitialDelay()),
                        Duration.ofMillis(c.getRetryMaxDelay()), Duration.ofMillis(c.getMaxRetryAfter())))
                .rateLimiter(rateLimiter)
                .scaMode(ScaMode.valueOf(c.getScaMode().toUpperCase(Locale.ROOT)))
                .scaTimeout(Duration.ofMillis(c.getScaTimeout()))
                .scaPollInterval(Duration.ofMillis(c.getScaPollInterval()))
                .twoFactorPreference(c.getTwoFactorPreference())
                .listener(listener)
                .build();
    }

    private static Path tokenFile(QontoConfiguration c) {
        return Path.of(c.getTokenFile()).toAbsolutePath().normalize();
    }

    /** Secrets enter cache keys only as digests, so a key printed or dumped reveals nothing. */
    private static String digest(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A cache key whose parts are compared by value and never printed. */
    private record CacheKey(List<Object> parts) {
        @Override
        public String toString() {
            return "CacheKey@" + Integer.toHexString(hashCode());
        }
    }
}
