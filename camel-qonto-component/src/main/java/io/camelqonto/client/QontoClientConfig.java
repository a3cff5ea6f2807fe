package io.camelqonto.client;

import java.time.Duration;
import java.util.Objects;

import io.camelqonto.client.auth.QontoCredentials;
import io.camelqonto.model.InvalidInputException;

/**
 * Everything a {@link QontoClient} needs, immutable. Build with {@link #builder()}; defaults follow
 * Qonto's documented limits. {@link Builder#build()} checks the URLs credentials go to, see {@link ServerUrls}.
 */
public final class QontoClientConfig {

    /** Default of {@link #maxResponseSize()}: far above Qonto's largest page, far below a heap. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;
    /** Default of {@link #callTimeout()}: room for the retries of a slow answer, none for a stalled one. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final String SUBJECT = "Qonto client configuration";

    private final QontoEnvironment environment;
    private final String baseUrl;
    private final String tokenUrl;
    private final String stagingToken;
    private final QontoCredentials credentials;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final long maxResponseSize;
    private final boolean allowInsecureHttp;
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
    private final QontoClientListener listener;
    private final QontoClientListener events;

    private QontoClientConfig(Builder b) {
        this.environment = b.environment;
        this.baseUrl = stripSlash(b.baseUrl != null ? b.baseUrl : b.environment.apiBaseUrl());
        this.tokenUrl = b.tokenUrl != null ? b.tokenUrl : b.environment.tokenUrl();
        this.stagingToken = b.stagingToken;
        this.credentials = Objects.requireNonNull(b.credentials, "credentials are required (API key or OAuth)");
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.callTimeout = Objects.requireNonNull(b.callTimeout, "callTimeout");
        this.maxResponseSize = b.maxResponseSize;
        this.allowInsecureHttp = b.allowInsecureHttp;
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
        this.listener = b.listener;
        this.events = GuardedListener.of(b.listener);
        if (perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("perPage must be between 1 and 100 (got " + perPage + ")");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1 (got " + maxPages + ")");
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new InvalidInputException(SUBJECT, "callTimeout", "must be positive");
        }
        if (maxResponseSize < 1) {
            throw new InvalidInputException(SUBJECT, "maxResponseSize", "must be at least 1 byte");
        }
        ServerUrls.check(SUBJECT, "baseUrl", baseUrl, allowInsecureHttp);
        ServerUrls.check(SUBJECT, "tokenUrl", tokenUrl, allowInsecureHttp);
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

    /** API base URL without trailing slash; paths start with {@code /v2}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** OAuth 2 token endpoint. */
    public String tokenUrl() {
        return tokenUrl;
    }

    /** Sandbox staging token sent as {@code X-Qonto-Staging-Token}, or null. */
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

    /**
     * The longest a call may take in all: waiting for the rate limiter, every attempt with its answer read to the end,
     * and the waits between attempts. Beyond it the call fails with {@link io.camelqonto.client.error.QontoTimeoutException}.
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * The largest answer body read into memory, in bytes; a larger one fails the call with
     * {@link io.camelqonto.client.error.QontoResponseTooLargeException} and is not read further.
     */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** Whether {@code baseUrl} and {@code tokenUrl} may use plain http to a host other than this machine. */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
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

    /** How long {@link ScaMode#WAIT} waits for a decision; Qonto sessions die after 15 minutes. */
    public Duration scaTimeout() {
        return scaTimeout;
    }

    /** Interval between SCA session polls; never below one second, as Qonto asks. */
    public Duration scaPollInterval() {
        return scaPollInterval;
    }

    /** Value of {@code X-Qonto-2fa-Preference} on calls that may need SCA ({@code mock} in {@link ScaMode#MOCK}), or null. */
    public String twoFactorPreference() {
        return twoFactorPreference;
    }

    /** Most pages one listing walks, a guard against endless pagination. */
    public int maxPages() {
        return maxPages;
    }

    /** Default page size of listings (1 to 100). */
    public int perPage() {
        return perPage;
    }

    public String userAgent() {
        return userAgent;
    }

    /** Who hears about the client's traffic; {@link QontoClientListener#NONE} unless one was set. */
    public QontoClientListener listener() {
        return listener;
    }

    /** The listener as the client calls it: what it throws never reaches a call. */
    QontoClientListener events() {
        return events;
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
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private boolean allowInsecureHttp;
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
        private QontoClientListener listener = QontoClientListener.NONE;

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

        /** The longest a call may take in all, retries and waits included; default two minutes. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** The largest answer body read into memory, in bytes; default 16 MiB. */
        public Builder maxResponseSize(long maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /** Lets {@code baseUrl} and {@code tokenUrl} use plain http to any host; default false (loopback only). */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
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

        /** Shares a limiter between clients; by default each client gets Qonto's two windows of its own. */
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

        /** Hears about every attempt, retry, rate-limit wait and token refresh, e.g. to count them. */
        public Builder listener(QontoClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @throws InvalidInputException when a URL, the call timeout or the response size limit is unusable
         */
        public QontoClientConfig build() {
            return new QontoClientConfig(this);
        }
    }
}
