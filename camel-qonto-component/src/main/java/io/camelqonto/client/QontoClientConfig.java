package io.camelqonto.client;

import java.time.Duration;
import java.util.Objects;

import io.camelqonto.client.auth.QontoCredentials;

/**
 * Everything a {@link QontoClient} needs, immutable. Build with {@link #builder()}; defaults follow
 * Qonto's documented limits.
 */
public final class QontoClientConfig {

    private final QontoEnvironment environment;
    private final String baseUrl;
    private final String tokenUrl;
    private final String stagingToken;
    private final QontoCredentials credentials;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final int maxConnections;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final ScaMode scaMode;
    private final Duration scaTimeout;
    private final Duration scaPollInterval;
    private final String twoFactorPreference;
    private final int maxPages;
    private final int perPage;
    private final String userAgent;

    private QontoClientConfig(Builder b) {
        this.environment = b.environment;
        this.baseUrl = stripSlash(b.baseUrl != null ? b.baseUrl : b.environment.apiBaseUrl());
        this.tokenUrl = b.tokenUrl != null ? b.tokenUrl : b.environment.tokenUrl();
        this.stagingToken = b.stagingToken;
        this.credentials = Objects.requireNonNull(b.credentials, "credentials are required (API key or OAuth)");
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.maxConnections = b.maxConnections;
        this.retryPolicy = b.retryPolicy;
        this.rateLimiter = b.rateLimiter != null ? b.rateLimiter : RateLimiter.qontoDefault();
        this.scaMode = b.scaMode;
        this.scaTimeout = b.scaTimeout;
        this.scaPollInterval = b.scaPollInterval.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : b.scaPollInterval;
        this.twoFactorPreference = b.twoFactorPreference;
        this.maxPages = b.maxPages;
        this.perPage = b.perPage;
        this.userAgent = b.userAgent;
        if (perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("perPage must be between 1 and 100 (got " + perPage + ")");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1 (got " + maxPages + ")");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static Builder builder() {
        return new Builder();
    }

    public QontoEnvironment environment() {
        return environment;
    }

    /** {@return API base URL without trailing slash; paths start with {@code /v2}} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return OAuth 2 token endpoint} */
    public String tokenUrl() {
        return tokenUrl;
    }

    /** {@return sandbox staging token sent as {@code X-Qonto-Staging-Token}, or null} */
    public String stagingToken() {
        return stagingToken;
    }

    public QontoCredentials credentials() {
        return credentials;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public ScaMode scaMode() {
        return scaMode;
    }

    /** {@return how long {@link ScaMode#WAIT} waits for a decision; Qonto sessions die after 15 minutes} */
    public Duration scaTimeout() {
        return scaTimeout;
    }

    /** {@return interval between SCA session polls; never below one second, as Qonto asks} */
    public Duration scaPollInterval() {
        return scaPollInterval;
    }

    /** {@return value of {@code X-Qonto-2fa-Preference} on calls that may need SCA ({@code mock} in {@link ScaMode#MOCK}), or null} */
    public String twoFactorPreference() {
        return twoFactorPreference;
    }

    /** {@return most pages one listing walks, a guard against endless pagination} */
    public int maxPages() {
        return maxPages;
    }

    /** {@return default page size of listings (1 to 100)} */
    public int perPage() {
        return perPage;
    }

    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "QontoClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", stagingToken="
                + (stagingToken == null ? "none" : "******") + ", scaMode=" + scaMode + ", retryPolicy=" + retryPolicy + "]";
    }

    public static final class Builder {
        private QontoEnvironment environment = QontoEnvironment.PRODUCTION;
        private String baseUrl;
        private String tokenUrl;
        private String stagingToken;
        private QontoCredentials credentials;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private int maxConnections = 20;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private RateLimiter rateLimiter;
        private ScaMode scaMode = ScaMode.FAIL;
        private Duration scaTimeout = Duration.ofMinutes(15);
        private Duration scaPollInterval = Duration.ofSeconds(2);
        private String twoFactorPreference;
        private int maxPages = 1000;
        private int perPage = 100;
        private String userAgent = "camel-qonto";

        private Builder() {
        }

        public Builder environment(QontoEnvironment environment) {
            this.environment = Objects.requireNonNull(environment);
            return this;
        }

        /** Overrides the API host, e.g. to point at the emulator. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = tokenUrl;
            return this;
        }

        public Builder stagingToken(String stagingToken) {
            this.stagingToken = stagingToken;
            return this;
        }

        public Builder credentials(QontoCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy);
            return this;
        }

        /** Shares a limiter between clients; by default each client gets Qonto's limit of its own. */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = rateLimiter;
            return this;
        }

        public Builder scaMode(ScaMode scaMode) {
            this.scaMode = Objects.requireNonNull(scaMode);
            return this;
        }

        public Builder scaTimeout(Duration scaTimeout) {
            this.scaTimeout = scaTimeout;
            return this;
        }

        public Builder scaPollInterval(Duration scaPollInterval) {
            this.scaPollInterval = scaPollInterval;
            return this;
        }

        public Builder twoFactorPreference(String twoFactorPreference) {
            this.twoFactorPreference = twoFactorPreference;
            return this;
        }

        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        public Builder perPage(int perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public QontoClientConfig build() {
            return new QontoClientConfig(this);
        }
    }
}
