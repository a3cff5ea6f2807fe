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

    /** {@return a builder with Qonto's defaults; credentials must be set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return production or sandbox} */
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

    /** {@return the API key or the OAuth client and tokens calls are authorized with} */
    public QontoCredentials credentials() {
        return credentials;
    }

    /** {@return how long a connection to Qonto may take to open} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return how long Qonto may take to answer} */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /**
     * {@return the longest a call may take in all: waiting for the rate limiter, every attempt with its answer read to
     * the end, and the waits between attempts} Beyond it the call fails with
     * {@link io.camelqonto.client.error.QontoTimeoutException}.
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * {@return the largest answer body read into memory, in bytes} A larger one fails the call with
     * {@link io.camelqonto.client.error.QontoResponseTooLargeException} and is not read further.
     */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** {@return whether {@code baseUrl} and {@code tokenUrl} may use plain http to a host other than this machine} */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** {@return the most connections open to Qonto at once} */
    public int maxConnections() {
        return maxConnections;
    }

    /** {@return when and how long calls that are safe to repeat are retried} */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** {@return the limiter every call waits on, so the client stays within Qonto's rate limit} */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** {@return what happens when Qonto asks for Strong Customer Authentication} */
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

    /** {@return the {@code User-Agent} sent with every call} */
    public String userAgent() {
        return userAgent;
    }

    /** {@return who hears about the client's traffic; {@link QontoClientListener#NONE} unless one was set} */
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

    /** Collects the settings of a {@link QontoClientConfig}. */
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

        /**
         * @param environment see {@link QontoClientConfig#environment()}
         * @return this builder
         */
        public Builder environment(QontoEnvironment environment) {
            this.environment = Objects.requireNonNull(environment);
            return this;
        }

        /**
         * Overrides the API host, e.g. to point at the emulator.
         *
         * @param baseUrl see {@link QontoClientConfig#baseUrl()}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * @param tokenUrl see {@link QontoClientConfig#tokenUrl()}
         * @return this builder
         */
        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = tokenUrl;
            return this;
        }

        /**
         * @param stagingToken see {@link QontoClientConfig#stagingToken()}
         * @return this builder
         */
        public Builder stagingToken(String stagingToken) {
            this.stagingToken = stagingToken;
            return this;
        }

        /**
         * @param credentials see {@link QontoClientConfig#credentials()}
         * @return this builder
         */
        public Builder credentials(QontoCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * @param connectTimeout see {@link QontoClientConfig#connectTimeout()}
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * @param responseTimeout see {@link QontoClientConfig#responseTimeout()}
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /**
         * @param callTimeout see {@link QontoClientConfig#callTimeout()}; default two minutes
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * @param maxResponseSize see {@link QontoClientConfig#maxResponseSize()}; default 16 MiB
         * @return this builder
         */
        public Builder maxResponseSize(long maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /**
         * @param allowInsecureHttp see {@link QontoClientConfig#allowInsecureHttp()}; default false (loopback only)
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * @param maxConnections see {@link QontoClientConfig#maxConnections()}
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * @param retryPolicy see {@link QontoClientConfig#retryPolicy()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy);
            return this;
        }

        /**
         * Shares a limiter between clients; by default each client gets Qonto's two windows of its own.
         *
         * @param rateLimiter the limiter to take permits from
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = rateLimiter;
            return this;
        }

        /**
         * @param scaMode see {@link QontoClientConfig#scaMode()}
         * @return this builder
         */
        public Builder scaMode(ScaMode scaMode) {
            this.scaMode = Objects.requireNonNull(scaMode);
            return this;
        }

        /**
         * @param scaTimeout see {@link QontoClientConfig#scaTimeout()}
         * @return this builder
         */
        public Builder scaTimeout(Duration scaTimeout) {
            this.scaTimeout = scaTimeout;
            return this;
        }

        /**
         * @param scaPollInterval see {@link QontoClientConfig#scaPollInterval()}
         * @return this builder
         */
        public Builder scaPollInterval(Duration scaPollInterval) {
            this.scaPollInterval = scaPollInterval;
            return this;
        }

        /**
         * @param twoFactorPreference see {@link QontoClientConfig#twoFactorPreference()}
         * @return this builder
         */
        public Builder twoFactorPreference(String twoFactorPreference) {
            this.twoFactorPreference = twoFactorPreference;
            return this;
        }

        /**
         * @param maxPages see {@link QontoClientConfig#maxPages()}
         * @return this builder
         */
        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        /**
         * @param perPage see {@link QontoClientConfig#perPage()}
         * @return this builder
         */
        public Builder perPage(int perPage) {
            this.perPage = perPage;
            return this;
        }

        /**
         * @param userAgent see {@link QontoClientConfig#userAgent()}
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Hears about every attempt, retry, rate-limit wait and token refresh, e.g. to count them.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(QontoClientListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @return the configuration
         * @throws InvalidInputException when a URL, the call timeout or the response size limit is unusable
         */
        public QontoClientConfig build() {
            return new QontoClientConfig(this);
        }
    }
}
