package io.camelqonto.emulator;

import io.camelqonto.emulator.internal.EmulatorState;
import io.camelqonto.emulator.internal.admin.AdminApi;
import io.camelqonto.emulator.internal.api.ApiDispatcher;
import io.camelqonto.emulator.internal.api.CallLog;
import io.camelqonto.emulator.internal.api.Endpoint;
import io.camelqonto.emulator.internal.api.EndpointCatalog;
import io.camelqonto.emulator.internal.api.ScaGate;
import io.camelqonto.emulator.internal.auth.Authenticator;
import io.camelqonto.emulator.internal.files.FileServer;
import io.camelqonto.emulator.internal.files.PresignedUrls;
import io.camelqonto.emulator.internal.gateway.Gateway;
import io.camelqonto.emulator.internal.gateway.RateLimiter;
import io.camelqonto.emulator.internal.gateway.UnauthorizedThrottle;
import io.camelqonto.emulator.internal.http.EmulatorHttpServer;
import io.camelqonto.emulator.internal.oauth.OAuthServer;
import io.camelqonto.emulator.internal.oauth.TokenRegistry;
import io.camelqonto.emulator.internal.sca.ScaSessions;
import io.camelqonto.emulator.internal.webhook.WebhookDeliverer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A stateful, offline emulation of the Qonto Business API v2, on a local HTTP port: seeded data, both
 * authentication modes and the OAuth server, idempotency, SCA, Verification of Payee, rate limits, fault
 * injection, signed webhook deliveries, and a journal of the calls received.
 *
 * <pre>{@code
 * try (QontoEmulator qonto = QontoEmulator.builder().seed(7).build().start()) {
 *     String baseUrl = qonto.baseUrl();            // API paths are /v2/... under it
 *     // Authorization: demo-org:demo-secret-key
 * }
 * }</pre>
 */
public final class QontoEmulator implements AutoCloseable {

    /** The login of the API key accepted unless the builder sets another. */
    public static final String DEFAULT_API_LOGIN = "demo-org";
    /** The secret key of the API key accepted unless the builder sets another. */
    public static final String DEFAULT_API_SECRET = "demo-secret-key";
    /** The OAuth client id accepted unless the builder sets another. */
    public static final String DEFAULT_CLIENT_ID = "demo-client";
    /** The OAuth client secret accepted unless the builder sets another. */
    public static final String DEFAULT_CLIENT_SECRET = "demo-client-secret";

    private final Builder settings;
    private final EmulatorState state;
    private final ScaSessions scaSessions;
    private final RateLimiter rateLimiter;
    private final UnauthorizedThrottle unauthorizedThrottle;
    private final Journal journal = new Journal();
    private final Faults faults;
    private final EmulatorStore store;
    private final ScaControl sca;
    private final OAuthControl oauth;
    private final RateLimitControl rateLimits;
    private final Gateway gateway;
    private final AdminApi admin;
    private final WebhookDeliverer deliverer;
    private final WebhookControl webhooks;
    private EmulatorHttpServer server;

    private final List<ServedOperation> served;

    private QontoEmulator(Builder settings) {
        this.settings = settings;
        Clock clock = settings.clock;
        this.deliverer = new WebhookDeliverer(clock, settings.seed, settings.webhookFirstRetryDelay,
                settings.webhookAttempts);
        this.state = new EmulatorState(settings.seed, clock, deliverer::enqueue);
        this.webhooks = new WebhookControl(state, deliverer);
        this.scaSessions = new ScaSessions(clock);
        this.rateLimiter = new RateLimiter(clock, settings.rateLimit, settings.rateWindow);
        this.unauthorizedThrottle = new UnauthorizedThrottle(clock);
        this.faults = new Faults(settings.seed);
        TokenRegistry tokens = new TokenRegistry(clock, settings.accessTokenTtl);
        this.store = new EmulatorStore(state);
        this.sca = new ScaControl(scaSessions);
        this.oauth = new OAuthControl(tokens, settings.clientId);
        this.rateLimits = new RateLimitControl(rateLimiter, settings.rateLimit, settings.rateWindow);
        PresignedUrls fileUrls = new PresignedUrls(clock, this::baseUrl);
        List<Endpoint> endpoints = EndpointCatalog.all(scaSessions, tokens, fileUrls);
        this.served = endpoints.stream().map(e -> new ServedOperation(e.method(), e.path().toString(), e.scope(),
                e.oauthOnly(), e.idempotent())).toList();
        ApiDispatcher api = new ApiDispatcher(endpoints,
                new Authenticator(settings.apiLogin, settings.apiSecret, tokens), unauthorizedThrottle, state,
                new ScaGate(scaSessions, settings.stagingToken != null), CallLog.ofThisJvm());
        this.gateway = new Gateway(settings.stagingToken, faults::next, rateLimiter,
                new OAuthServer(tokens, settings.clientId, settings.clientSecret), api,
                new FileServer(state, fileUrls));
        this.admin = new AdminApi(this);
    }

    /** {@return a builder with every default: random port, seed 42, the demo credentials}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An emulator with every default (random port, seed 42, demo credentials), already started. (A static
     * {@code start()} cannot exist next to the instance method {@link #start()}.)
     *
     * @return the started emulator
     */
    public static QontoEmulator startDefault() {
        return builder().start();
    }

    /**
     * Starts listening. A stopped emulator can be started again; it keeps its state.
     *
     * @return this emulator
     */
    public synchronized QontoEmulator start() {
        if (server == null) {
            server = new EmulatorHttpServer(settings.port, settings.clock, gateway::process, admin::handle,
                    journal::add);
            server.start();
            deliverer.start();
        }
        return this;
    }

    /** Stops listening; webhook deliveries not made yet are dropped; the state is kept, so {@link #start()} resumes with it. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            deliverer.stop();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** {@return whether the emulator is listening} */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@return the port listened on, on 127.0.0.1} */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The emulator is not started");
        }
        return server.port();
    }

    /** {@return {@code http://127.0.0.1:<port>}}; API paths ({@code /v2/...}) and OAuth paths are under it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@return the OAuth token endpoint, where codes and refresh tokens are exchanged for tokens} */
    public String oauthTokenUrl() {
        return baseUrl() + OAuthServer.TOKEN_PATH;
    }

    /** {@return where a user's browser goes to consent} The emulator consents at once and redirects with a code. */
    public String oauthAuthorizeUrl() {
        return baseUrl() + OAuthServer.AUTHORIZE_PATH;
    }

    /**
     * Back to the state right after start: seeded data, empty journal, no faults, no idempotency keys,
     * no SCA sessions (SCA required, no automatic decision), the configured rate limit with nothing counted,
     * no webhook subscription, delivery or webhook fault. Issued OAuth tokens stay valid, like the API key, so
     * that clients set up once keep working.
     */
    public void reset() {
        deliverer.reset();
        state.reset();
        journal.clear();
        faults.clear();
        scaSessions.reset();
        rateLimits.reset();
        unauthorizedThrottle.clear();
    }

    /** {@return the operations of Qonto's API this emulator serves under {@code /v2}, with their access rules} */
    public List<ServedOperation> servedOperations() {
        return served;
    }

    /** {@return the calls received since start or the last reset} */
    public Journal journal() {
        return journal;
    }

    /** {@return the faults injected into the next calls} */
    public Faults faults() {
        return faults;
    }

    /** {@return the emulated data, to read it and to change it behind a client's back} */
    public EmulatorStore store() {
        return store;
    }

    /** {@return the control of Strong Customer Authentication: when it is required and how it is decided} */
    public ScaControl sca() {
        return sca;
    }

    /** {@return the OAuth side: issues tokens without a browser and expires them on demand} */
    public OAuthControl oauth() {
        return oauth;
    }

    /** {@return the control of the rate limits} */
    public RateLimitControl rateLimits() {
        return rateLimits;
    }

    /** {@return the webhook subscriptions and deliveries, to inspect and steer} */
    public WebhookControl webhooks() {
        return webhooks;
    }

    /** {@return the seed the data was generated from} */
    public long seed() {
        return settings.seed;
    }

    /** {@return the login of the accepted API key} ({@code Authorization: <login>:<secret>}) */
    public String apiKeyLogin() {
        return settings.apiLogin;
    }

    /** {@return the secret key of the accepted API key} */
    public String apiKeySecret() {
        return settings.apiSecret;
    }

    /** {@return the value of the {@code Authorization} header for the accepted API key} */
    public String apiKeyAuthorization() {
        return settings.apiLogin + ":" + settings.apiSecret;
    }

    /** {@return the id of the OAuth client the token endpoint accepts} */
    public String oauthClientId() {
        return settings.clientId;
    }

    /** {@return the secret of the OAuth client the token endpoint accepts} */
    public String oauthClientSecret() {
        return settings.clientSecret;
    }

    /** {@return the sandbox staging token every call must carry, or null when not in sandbox mode} */
    public String stagingToken() {
        return settings.stagingToken;
    }

    /** Configures a {@link QontoEmulator}. Every setting has a default. */
    public static final class Builder {

        private int port;
        private long seed = 42L;
        private String apiLogin = DEFAULT_API_LOGIN;
        private String apiSecret = DEFAULT_API_SECRET;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private String stagingToken;
        private Duration accessTokenTtl = Duration.ofHours(1);
        private int rateLimit = RateLimiter.DEFAULT_LIMIT;
        private Duration rateWindow = RateLimiter.DEFAULT_WINDOW;
        private Clock clock = Clock.systemUTC();
        private Duration webhookFirstRetryDelay = Duration.ofSeconds(1);
        private int webhookAttempts = 6;

        private Builder() {
        }

        /**
         * The port to listen on, on 127.0.0.1; 0 (the default) picks a free one.
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The seed of the generated data (default 42): the same seed gives the same ids and values.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The API key accepted as {@code Authorization: <login>:<secret>}.
         *
         * @param login the login
         * @param secret the secret key
         * @return this builder
         */
        public Builder apiKey(String login, String secret) {
            this.apiLogin = Objects.requireNonNull(login, "login");
            this.apiSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * The OAuth client accepted by the token endpoint.
         *
         * @param clientId the client id
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder oauthClient(String clientId, String clientSecret) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /**
         * Sandbox mode: every call must carry {@code X-Qonto-Staging-Token} with this value (else the
         * sign-on HTML page is returned), and SCA challenges need {@code X-Qonto-2fa-Preference: mock}.
         *
         * @param stagingToken the staging token, or null for production mode
         * @return this builder
         */
        public Builder stagingToken(String stagingToken) {
            this.stagingToken = stagingToken;
            return this;
        }

        /**
         * How long an issued access token is accepted (default one hour).
         *
         * @param ttl the lifetime of access tokens
         * @return this builder
         */
        public Builder accessTokenTtl(Duration ttl) {
            this.accessTokenTtl = Objects.requireNonNull(ttl, "ttl");
            return this;
        }

        /**
         * The short-window rate limit per IP (default 1,000 per 10 seconds); 10,000 per 10 minutes also holds.
         *
         * @param perWindow the calls allowed in one window
         * @param window the length of the window
         * @return this builder
         */
        public Builder rateLimit(int perWindow, Duration window) {
            this.rateLimit = perWindow;
            this.rateWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /**
         * The clock of the emulator (default: system UTC); see {@link EmulatorClock}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How webhook deliveries are retried: a failed one is tried again after {@code firstDelay}, then after
         * twice that, and so on, {@code attempts} times in all (default: 1 second, 6 attempts). Qonto goes on for
         * days; tests want it short.
         *
         * @param firstDelay the wait before the second attempt
         * @param attempts   the attempts in all, at least 1
         * @return this builder
         */
        public Builder webhookRetries(Duration firstDelay, int attempts) {
            if (firstDelay.isNegative() || attempts < 1) {
                throw new IllegalArgumentException("Webhook retries need a delay of at least 0 and one attempt");
            }
            this.webhookFirstRetryDelay = firstDelay;
            this.webhookAttempts = attempts;
            return this;
        }

        /** {@return an emulator with these settings, not started yet} */
        public QontoEmulator build() {
            return new QontoEmulator(copy());
        }

        /** {@return an emulator with these settings, started} */
        public QontoEmulator start() {
            return build().start();
        }

        /** The emulator keeps its own copy, so that later changes to this builder do not affect it. */
        private Builder copy() {
            Builder copy = new Builder();
            copy.port = port;
            copy.seed = seed;
            copy.apiLogin = apiLogin;
            copy.apiSecret = apiSecret;
            copy.clientId = clientId;
            copy.clientSecret = clientSecret;
            copy.stagingToken = stagingToken;
            copy.accessTokenTtl = accessTokenTtl;
            copy.rateLimit = rateLimit;
            copy.rateWindow = rateWindow;
            copy.clock = clock;
            copy.webhookFirstRetryDelay = webhookFirstRetryDelay;
            copy.webhookAttempts = webhookAttempts;
            return copy;
        }
    }
}
