package io.camelqonto.component.springboot;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.webhook.WebhookSecretStore;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoOutputType;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code qonto} component as Spring Boot properties ({@code camel.component.qonto.*}), one per
 * component option with the component's defaults; the options of the nested {@link QontoConfiguration} are
 * flattened, as with Camel Main. Bean-typed options take a bean reference such as {@code #bean:myTokenStore}
 * (see {@link QontoComponentConverter}). A {@code configuration} bean is the base the flat options are applied to,
 * their defaults included, on a copy of it.
 * <p>
 * Kept in step with the component's generated JSON by {@code StarterMetadataDriftTest}.
 */
@ConfigurationProperties(prefix = "camel.component.qonto")
public class QontoComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    // enabled is inherited; this field only gives it a description in the configuration metadata
    /**
     * Whether to enable auto configuration of the qonto component. This is enabled by default.
     */
    @SuppressWarnings("unused")
    private Boolean enabled;

    /**
     * The options every endpoint starts from, typically the credentials and the environment; an endpoint's own
     * options override them.
     */
    private QontoConfiguration configuration;

    /**
     * The Qonto environment: production, or sandbox (which needs a staging token).
     */
    private String environment = "production";

    /**
     * Items per page requested from Qonto when listing or consuming (1 to 100).
     */
    private Integer perPage = 100;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally
     * only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
     * component to hook into the 3rd party component and make this possible for future releases. By default the
     * consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at
     * WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * The most items one poll delivers; 0 or less means no limit.
     */
    private Integer maxMessagesPerPoll = 0;

    /**
     * Deliver the new items of a page as one exchange whose body is their list, like camel-kafka's batching, instead
     * of one exchange per item. Each poll delivers one page; with greedy=true the next poll follows at once while
     * pages come. The cursor moves past the page's items when the exchange completed without exception; items that
     * cannot be read still go to the error handler one by one.
     */
    private Boolean batching = false;

    /**
     * Where a consumer starts when the state repository holds no cursor yet: beginning (everything the filters
     * match), now, or an ISO-8601 instant.
     */
    private String startFrom = "beginning";

    /**
     * Where the consumer keeps its cursor (last instant and the ids seen at it). Defaults to an in-memory
     * repository per endpoint; a FileStateRepository (or any persistent one) makes the consumer resume after a
     * restart without losing or repeating items.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * The timestamp the consumer resumes from. transactions: updated_at (default; an updated transaction is
     * delivered again), settled_at or emitted_at; sepaTransfers: updated_at; requests: created_at (default) or
     * processed_at.
     */
    private String cursorField;

    /**
     * The key of the cursor in the state repository. Defaults to one derived from the resource, the cursor field
     * and the filters, so routes with different filters keep separate cursors.
     */
    private String stateKey;

    /**
     * sepaTransfer create: the Verification of Payee results that let a transfer go, a comma list of
     * MATCH_RESULT_MATCH, MATCH_RESULT_CLOSE_MATCH, MATCH_RESULT_NO_MATCH, MATCH_RESULT_NOT_POSSIBLE,
     * MATCH_RESULT_UNSPECIFIED.
     */
    private String acceptedMatchResults = "MATCH_RESULT_MATCH";

    /**
     * Where writes Qonto wants idempotent are recorded once they succeeded: their idempotency key, with Qonto's
     * answer (id, status, the object). A write whose key is recorded is not sent again; the exchange gets the
     * recorded answer, with the header CamelQontoReplayed=true. Qonto itself forgets a key after 30 minutes: a
     * persistent repository (a FileStateRepository, or any StateRepository backed by a database) extends that to as
     * long as the repository keeps its entries. The key is recorded only after Qonto answered, so a write whose
     * answer was lost is covered by Qonto's 30-minute window alone. Not set: no record beyond Qonto's window.
     */
    private StateRepository<String, String> writeRepository;

    /**
     * A Simple expression giving a business key for writes Qonto wants idempotent, e.g. ${header.invoiceNumber}. A
     * value that is not a UUID is turned into a stable name-based UUID, so the same business key never pays twice
     * within Qonto's 30-minute window. The CamelQontoIdempotencyKey header takes precedence; without either a
     * random key is used per exchange.
     */
    private String idempotencyKeyExpression;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * The most pages a list operation fetches; the CamelQontoTruncated header tells when Qonto had more.
     */
    private Integer maxPages = 1000;

    /**
     * The operation a producer performs on the resource; which ones a resource allows is in the README's resource
     * table. The CamelQontoOperation header overrides it; without either, the resource's default operation runs (list
     * for collections, create for sepaTransfer, get for most single objects; request needs approve or decline).
     */
    private Action operation;

    /**
     * What the body holds, for consumers and producers alike: model (the typed record, keeping every key Qonto
     * sent), json (Qonto's JSON as a string) or map (a Map of the JSON).
     */
    private QontoOutputType outputType = QontoOutputType.model;

    /**
     * What happens when Qonto asks for Strong Customer Authentication: fail (throw, with the session token in the
     * CamelQontoScaSessionToken header so the route can resume later), wait (poll the session until the user
     * decides, then replay the request), or mock (sandbox and emulator only: approve the session automatically).
     */
    private String scaMode = "fail";

    /**
     * Interval in milliseconds between SCA session polls in scaMode=wait; never less than one second, as Qonto
     * asks.
     */
    private Long scaPollInterval = 2000L;

    /**
     * How long in milliseconds scaMode=wait waits for the user's decision; Qonto ends sessions after 15 minutes.
     */
    private Long scaTimeout = 900000L;

    /**
     * The second factor Qonto should use for SCA (X-Qonto-2fa-Preference), e.g. paired-device, passkey or sms-otp.
     */
    private String twoFactorPreference;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Overrides the API base URL of the environment, e.g. to point at the Qonto emulator in tests.
     */
    private String baseUrl;

    /**
     * A QontoClient to use instead of one built from the options; the component neither configures nor closes it.
     */
    private QontoClient client;

    /**
     * Timeout in milliseconds to establish a connection to Qonto.
     */
    private Long connectTimeout = 10000L;

    /**
     * Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without it they must be https
     * URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a local proxy), because plain http carries
     * credentials and payments unencrypted. The URLs are checked when the endpoint starts.
     */
    private Boolean allowInsecureHttp = false;

    /**
     * The longest in milliseconds one call to Qonto may take in all: waiting for the rate limiter, every attempt
     * with its answer read to the end, and the waits between attempts. An answer trickled slowly fails at this
     * deadline even when each part of it arrives within responseTimeout. Exceeding it fails with
     * QontoTimeoutException.
     */
    private Long callTimeout = 120000L;

    /**
     * The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's largest page). A
     * larger answer fails the call with QontoResponseTooLargeException, without being read further, and is not
     * retried.
     */
    private Long maxResponseSize = 16777216L;

    /**
     * The most requests all endpoints of this component send in any 10 seconds; Qonto allows 1000 per IP address
     * unless it granted more. Requests are spread evenly over the window rather than sent until it is spent.
     * Ignored when rateLimiter is set.
     */
    private Integer rateLimitPerTenSeconds = 1000;

    /**
     * The most requests all endpoints of this component send in any 10 minutes; Qonto allows 10000 per IP address
     * unless it granted more. Ignored when rateLimiter is set.
     */
    private Integer rateLimitPerTenMinutes = 10000;

    /**
     * A RateLimiter bean to take permits from instead of one of this component's own, e.g. RateLimiter.qonto(1000,
     * 10000) bound once in the registry and referenced by every qonto component of the JVM, so that they share
     * Qonto's per-IP budget, and a Retry-After met by one pauses them all.
     */
    private RateLimiter rateLimiter;

    /**
     * Attempts in all, the first included. A 429 is retried on any call (Qonto did nothing); a 500 on reads; 502,
     * 503, 504, I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
     * idempotency key). 1 disables retries.
     */
    private Integer maxAttempts = 4;

    /**
     * The most connections open to Qonto at once, shared by the endpoints that use the same client.
     */
    private Integer maxConnections = 20;

    /**
     * The longest Retry-After in milliseconds that is waited for; a longer one fails the call at once. A
     * Retry-After, and any 429, pauses every endpoint sharing the rate limiter, since Qonto counts requests per IP
     * address.
     */
    private Long maxRetryAfter = 30000L;

    /**
     * Timeout in milliseconds to wait for Qonto's answer.
     */
    private Long responseTimeout = 30000L;

    /**
     * Wait in milliseconds before the first retry; it doubles on each further retry, with jitter.
     */
    private Long retryInitialDelay = 500L;

    /**
     * Cap in milliseconds of the wait between retries.
     */
    private Long retryMaxDelay = 10000L;

    /**
     * Overrides the OAuth 2 token endpoint of the environment.
     */
    private String tokenUrl;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Milliseconds a producer health check's finding holds. Qonto is asked (one GET /v2/organization, no retry) at
     * most once per interval for each client, and not at all while the routes' own requests succeed.
     */
    private Long healthCheckProbeInterval = 60000L;

    /**
     * An OAuth 2 access token to start with. Without a refresh token it is used until it expires.
     */
    private String accessToken;

    /**
     * The OAuth 2 client id of the application (OAuth authentication, needed for payments and approvals).
     */
    private String clientId;

    /**
     * The OAuth 2 client secret of the application.
     */
    private String clientSecret;

    /**
     * The organization login of an API key (API-key authentication; read access).
     */
    private String login;

    /**
     * The OAuth 2 refresh token obtained at consent. Qonto rotates it on every refresh; use tokenFile or
     * tokenStore to keep the rotated one across restarts.
     */
    private String refreshToken;

    /**
     * The secret key of an API key (API-key authentication; read access).
     */
    private String secretKey;

    /**
     * The sandbox staging token, sent as X-Qonto-Staging-Token on every call.
     */
    private String stagingToken;

    /**
     * Path of a file that keeps the current OAuth tokens, so the rotated refresh token survives restarts. The
     * refreshToken option seeds it while the file does not exist yet.
     */
    private String tokenFile;

    /**
     * A TokenStore bean that keeps the current OAuth tokens, for example a database-backed one shared by several
     * instances.
     */
    private TokenStore tokenStore;

    /**
     * Webhooks: the secret of the webhook subscription, when you manage the subscription yourself. Deliveries whose
     * X-Qonto-Signature does not match it are refused. Not needed with webhookSubscribe=true.
     */
    private String webhookSecret;

    /**
     * Webhooks: path of a file that keeps the secrets of the subscriptions webhookSubscribe manages (owner-readable
     * only, written atomically and forced to disk), so that a restart keeps the subscription's secret.
     */
    private String webhookSecretFile;

    /**
     * Webhooks: a WebhookSecretStore bean keeping the secrets of managed subscriptions, e.g. one backed by a database;
     * takes precedence over webhookSecretFile.
     */
    private WebhookSecretStore webhookSecretStore;

    /**
     * Webhooks: how far in milliseconds the timestamp of a delivery's signature may be from now; a delivery signed
     * earlier or later is refused as stale.
     */
    private Long webhookTolerance = 300000L;

    /**
     * Webhooks: on start, find or create the subscription of this callback URL to the topic (with Camel's
     * webhookAutoRegister, true by default), with a secret chosen here and saved before Qonto learns it. Needs OAuth
     * with the webhook scope and the topic's scope.
     */
    private Boolean webhookSubscribe = false;

    /**
     * Webhooks: with webhookSubscribe, delete the subscription when the route stops. Events happening while it is
     * deleted are never sent.
     */
    private Boolean webhookUnsubscribeOnStop = false;

    /**
     * Webhooks: an endpoint URI (seda:..., or a persistent queue) each verified event is handed to before Qonto gets
     * its answer; the route then runs from there. Without it Qonto is answered once the route has processed the event,
     * which must then take less than Qonto's one second.
     */
    private String webhookHandOff;

    /**
     * Webhooks: the IdempotentRepository that remembers delivered events (by event id) so that none reaches the route
     * twice. Defaults to an in-memory one of the last 10000 events per endpoint; a persistent one remembers across
     * restarts.
     */
    private IdempotentRepository webhookIdempotentRepository;

    /**
     * Webhooks of a resource a consumer can poll too, such as transactions: also poll it every delay milliseconds,
     * sharing the consumer's cursor and the webhook's deduplication, so that an event Qonto lost, or one from before
     * the subscription, reaches the route once all the same.
     */
    private Boolean gapFill = false;

    /** {@return the {@code camel.component.qonto.configuration} property} */
    public QontoConfiguration getConfiguration() {
        return configuration;
    }

    /** @param configuration the {@code camel.component.qonto.configuration} property */
    public void setConfiguration(QontoConfiguration configuration) {
        this.configuration = configuration;
    }

    /** {@return the {@code camel.component.qonto.environment} property} */
    public String getEnvironment() {
        return environment;
    }

    /** @param environment the {@code camel.component.qonto.environment} property */
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    /** {@return the {@code camel.component.qonto.per-page} property} */
    public Integer getPerPage() {
        return perPage;
    }

    /** @param perPage the {@code camel.component.qonto.per-page} property */
    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    /** {@return the {@code camel.component.qonto.bridge-error-handler} property} */
    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    /** @param bridgeErrorHandler the {@code camel.component.qonto.bridge-error-handler} property */
    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    /** {@return the {@code camel.component.qonto.max-messages-per-poll} property} */
    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /** @param maxMessagesPerPoll the {@code camel.component.qonto.max-messages-per-poll} property */
    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    /** {@return the {@code camel.component.qonto.start-from} property} */
    public Boolean getBatching() {
        return batching;
    }

    /** @param batching the {@code camel.component.qonto.batching} property */
    public void setBatching(Boolean batching) {
        this.batching = batching;
    }

    /** {@return the {@code camel.component.qonto.start-from} property} */
    public String getStartFrom() {
        return startFrom;
    }

    /** @param startFrom the {@code camel.component.qonto.start-from} property */
    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    /** {@return the {@code camel.component.qonto.state-repository} property} */
    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /** @param stateRepository the {@code camel.component.qonto.state-repository} property */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    /** {@return the {@code camel.component.qonto.cursor-field} property} */
    public String getCursorField() {
        return cursorField;
    }

    /** @param cursorField the {@code camel.component.qonto.cursor-field} property */
    public void setCursorField(String cursorField) {
        this.cursorField = cursorField;
    }

    /** {@return the {@code camel.component.qonto.state-key} property} */
    public String getStateKey() {
        return stateKey;
    }

    /** @param stateKey the {@code camel.component.qonto.state-key} property */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    /** {@return the {@code camel.component.qonto.accepted-match-results} property} */
    public String getAcceptedMatchResults() {
        return acceptedMatchResults;
    }

    /** @param acceptedMatchResults the {@code camel.component.qonto.accepted-match-results} property */
    public void setAcceptedMatchResults(String acceptedMatchResults) {
        this.acceptedMatchResults = acceptedMatchResults;
    }

    /** {@return the {@code camel.component.qonto.write-repository} property} */
    public StateRepository<String, String> getWriteRepository() {
        return writeRepository;
    }

    /** @param writeRepository the {@code camel.component.qonto.write-repository} property */
    public void setWriteRepository(StateRepository<String, String> writeRepository) {
        this.writeRepository = writeRepository;
    }

    /** {@return the {@code camel.component.qonto.idempotency-key-expression} property} */
    public String getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    /** @param idempotencyKeyExpression the {@code camel.component.qonto.idempotency-key-expression} property */
    public void setIdempotencyKeyExpression(String idempotencyKeyExpression) {
        this.idempotencyKeyExpression = idempotencyKeyExpression;
    }

    /** {@return the {@code camel.component.qonto.lazy-start-producer} property} */
    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    /** @param lazyStartProducer the {@code camel.component.qonto.lazy-start-producer} property */
    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    /** {@return the {@code camel.component.qonto.max-pages} property} */
    public Integer getMaxPages() {
        return maxPages;
    }

    /** @param maxPages the {@code camel.component.qonto.max-pages} property */
    public void setMaxPages(Integer maxPages) {
        this.maxPages = maxPages;
    }

    /** {@return the {@code camel.component.qonto.operation} property} */
    public Action getOperation() {
        return operation;
    }

    /** @param operation the {@code camel.component.qonto.operation} property */
    public void setOperation(Action operation) {
        this.operation = operation;
    }

    /** {@return the {@code camel.component.qonto.output-type} property} */
    public QontoOutputType getOutputType() {
        return outputType;
    }

    /** @param outputType the {@code camel.component.qonto.output-type} property */
    public void setOutputType(QontoOutputType outputType) {
        this.outputType = outputType;
    }

    /** {@return the {@code camel.component.qonto.sca-mode} property} */
    public String getScaMode() {
        return scaMode;
    }

    /** @param scaMode the {@code camel.component.qonto.sca-mode} property */
    public void setScaMode(String scaMode) {
        this.scaMode = scaMode;
    }

    /** {@return the {@code camel.component.qonto.sca-poll-interval} property} */
    public Long getScaPollInterval() {
        return scaPollInterval;
    }

    /** @param scaPollInterval the {@code camel.component.qonto.sca-poll-interval} property */
    public void setScaPollInterval(Long scaPollInterval) {
        this.scaPollInterval = scaPollInterval;
    }

    /** {@return the {@code camel.component.qonto.sca-timeout} property} */
    public Long getScaTimeout() {
        return scaTimeout;
    }

    /** @param scaTimeout the {@code camel.component.qonto.sca-timeout} property */
    public void setScaTimeout(Long scaTimeout) {
        this.scaTimeout = scaTimeout;
    }

    /** {@return the {@code camel.component.qonto.two-factor-preference} property} */
    public String getTwoFactorPreference() {
        return twoFactorPreference;
    }

    /** @param twoFactorPreference the {@code camel.component.qonto.two-factor-preference} property */
    public void setTwoFactorPreference(String twoFactorPreference) {
        this.twoFactorPreference = twoFactorPreference;
    }

    /** {@return the {@code camel.component.qonto.autowired-enabled} property} */
    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    /** @param autowiredEnabled the {@code camel.component.qonto.autowired-enabled} property */
    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    /** {@return the {@code camel.component.qonto.base-url} property} */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** @param baseUrl the {@code camel.component.qonto.base-url} property */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@return the {@code camel.component.qonto.client} property} */
    public QontoClient getClient() {
        return client;
    }

    /** @param client the {@code camel.component.qonto.client} property */
    public void setClient(QontoClient client) {
        this.client = client;
    }

    /** {@return the {@code camel.component.qonto.connect-timeout} property} */
    public Long getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout the {@code camel.component.qonto.connect-timeout} property */
    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the {@code camel.component.qonto.allow-insecure-http} property} */
    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @param allowInsecureHttp the {@code camel.component.qonto.allow-insecure-http} property */
    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** {@return the {@code camel.component.qonto.call-timeout} property} */
    public Long getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the {@code camel.component.qonto.call-timeout} property */
    public void setCallTimeout(Long callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** {@return the {@code camel.component.qonto.max-response-size} property} */
    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    /** @param maxResponseSize the {@code camel.component.qonto.max-response-size} property */
    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /** {@return the {@code camel.component.qonto.rate-limit-per-ten-seconds} property} */
    public Integer getRateLimitPerTenSeconds() {
        return rateLimitPerTenSeconds;
    }

    /** @param rateLimitPerTenSeconds the {@code camel.component.qonto.rate-limit-per-ten-seconds} property */
    public void setRateLimitPerTenSeconds(Integer rateLimitPerTenSeconds) {
        this.rateLimitPerTenSeconds = rateLimitPerTenSeconds;
    }

    /** {@return the {@code camel.component.qonto.rate-limit-per-ten-minutes} property} */
    public Integer getRateLimitPerTenMinutes() {
        return rateLimitPerTenMinutes;
    }

    /** @param rateLimitPerTenMinutes the {@code camel.component.qonto.rate-limit-per-ten-minutes} property */
    public void setRateLimitPerTenMinutes(Integer rateLimitPerTenMinutes) {
        this.rateLimitPerTenMinutes = rateLimitPerTenMinutes;
    }

    /** {@return the {@code camel.component.qonto.rate-limiter} property} */
    public RateLimiter getRateLimiter() {
        return rateLimiter;
    }

    /** @param rateLimiter the {@code camel.component.qonto.rate-limiter} property */
    public void setRateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** {@return the {@code camel.component.qonto.max-attempts} property} */
    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    /** @param maxAttempts the {@code camel.component.qonto.max-attempts} property */
    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** {@return the {@code camel.component.qonto.max-connections} property} */
    public Integer getMaxConnections() {
        return maxConnections;
    }

    /** @param maxConnections the {@code camel.component.qonto.max-connections} property */
    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** {@return the {@code camel.component.qonto.max-retry-after} property} */
    public Long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /** @param maxRetryAfter the {@code camel.component.qonto.max-retry-after} property */
    public void setMaxRetryAfter(Long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    /** {@return the {@code camel.component.qonto.response-timeout} property} */
    public Long getResponseTimeout() {
        return responseTimeout;
    }

    /** @param responseTimeout the {@code camel.component.qonto.response-timeout} property */
    public void setResponseTimeout(Long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /** {@return the {@code camel.component.qonto.retry-initial-delay} property} */
    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** @param retryInitialDelay the {@code camel.component.qonto.retry-initial-delay} property */
    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    /** {@return the {@code camel.component.qonto.retry-max-delay} property} */
    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** @param retryMaxDelay the {@code camel.component.qonto.retry-max-delay} property */
    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    /** {@return the {@code camel.component.qonto.token-url} property} */
    public String getTokenUrl() {
        return tokenUrl;
    }

    /** @param tokenUrl the {@code camel.component.qonto.token-url} property */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** {@return the {@code camel.component.qonto.health-check-consumer-enabled} property} */
    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    /** @param healthCheckConsumerEnabled the {@code camel.component.qonto.health-check-consumer-enabled} property */
    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    /** {@return the {@code camel.component.qonto.health-check-producer-enabled} property} */
    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    /** @param healthCheckProducerEnabled the {@code camel.component.qonto.health-check-producer-enabled} property */
    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    /** {@return the {@code camel.component.qonto.health-check-probe-interval} property} */
    public Long getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    /** @param healthCheckProbeInterval the {@code camel.component.qonto.health-check-probe-interval} property */
    public void setHealthCheckProbeInterval(Long healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }

    /** {@return the {@code camel.component.qonto.access-token} property} */
    public String getAccessToken() {
        return accessToken;
    }

    /** @param accessToken the {@code camel.component.qonto.access-token} property */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /** {@return the {@code camel.component.qonto.client-id} property} */
    public String getClientId() {
        return clientId;
    }

    /** @param clientId the {@code camel.component.qonto.client-id} property */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** {@return the {@code camel.component.qonto.client-secret} property} */
    public String getClientSecret() {
        return clientSecret;
    }

    /** @param clientSecret the {@code camel.component.qonto.client-secret} property */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /** {@return the {@code camel.component.qonto.login} property} */
    public String getLogin() {
        return login;
    }

    /** @param login the {@code camel.component.qonto.login} property */
    public void setLogin(String login) {
        this.login = login;
    }

    /** {@return the {@code camel.component.qonto.refresh-token} property} */
    public String getRefreshToken() {
        return refreshToken;
    }

    /** @param refreshToken the {@code camel.component.qonto.refresh-token} property */
    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    /** {@return the {@code camel.component.qonto.secret-key} property} */
    public String getSecretKey() {
        return secretKey;
    }

    /** @param secretKey the {@code camel.component.qonto.secret-key} property */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    /** {@return the {@code camel.component.qonto.staging-token} property} */
    public String getStagingToken() {
        return stagingToken;
    }

    /** @param stagingToken the {@code camel.component.qonto.staging-token} property */
    public void setStagingToken(String stagingToken) {
        this.stagingToken = stagingToken;
    }

    /** {@return the {@code camel.component.qonto.token-file} property} */
    public String getTokenFile() {
        return tokenFile;
    }

    /** @param tokenFile the {@code camel.component.qonto.token-file} property */
    public void setTokenFile(String tokenFile) {
        this.tokenFile = tokenFile;
    }

    /** {@return the {@code camel.component.qonto.token-store} property} */
    public TokenStore getTokenStore() {
        return tokenStore;
    }

    /** @param tokenStore the {@code camel.component.qonto.token-store} property */
    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    /** {@return the {@code camel.component.qonto.webhook-secret} property} */
    public String getWebhookSecret() {
        return webhookSecret;
    }

    /** @param webhookSecret the {@code camel.component.qonto.webhook-secret} property */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    /** {@return the {@code camel.component.qonto.webhook-secret-file} property} */
    public String getWebhookSecretFile() {
        return webhookSecretFile;
    }

    /** @param webhookSecretFile the {@code camel.component.qonto.webhook-secret-file} property */
    public void setWebhookSecretFile(String webhookSecretFile) {
        this.webhookSecretFile = webhookSecretFile;
    }

    /** {@return the {@code camel.component.qonto.webhook-secret-store} property} */
    public WebhookSecretStore getWebhookSecretStore() {
        return webhookSecretStore;
    }

    /** @param webhookSecretStore the {@code camel.component.qonto.webhook-secret-store} property */
    public void setWebhookSecretStore(WebhookSecretStore webhookSecretStore) {
        this.webhookSecretStore = webhookSecretStore;
    }

    /** {@return the {@code camel.component.qonto.webhook-tolerance} property} */
    public Long getWebhookTolerance() {
        return webhookTolerance;
    }

    /** @param webhookTolerance the {@code camel.component.qonto.webhook-tolerance} property */
    public void setWebhookTolerance(Long webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    /** {@return the {@code camel.component.qonto.webhook-subscribe} property} */
    public Boolean getWebhookSubscribe() {
        return webhookSubscribe;
    }

    /** @param webhookSubscribe the {@code camel.component.qonto.webhook-subscribe} property */
    public void setWebhookSubscribe(Boolean webhookSubscribe) {
        this.webhookSubscribe = webhookSubscribe;
    }

    /** {@return the {@code camel.component.qonto.webhook-unsubscribe-on-stop} property} */
    public Boolean getWebhookUnsubscribeOnStop() {
        return webhookUnsubscribeOnStop;
    }

    /** @param webhookUnsubscribeOnStop the {@code camel.component.qonto.webhook-unsubscribe-on-stop} property */
    public void setWebhookUnsubscribeOnStop(Boolean webhookUnsubscribeOnStop) {
        this.webhookUnsubscribeOnStop = webhookUnsubscribeOnStop;
    }

    /** {@return the {@code camel.component.qonto.webhook-hand-off} property} */
    public String getWebhookHandOff() {
        return webhookHandOff;
    }

    /** @param webhookHandOff the {@code camel.component.qonto.webhook-hand-off} property */
    public void setWebhookHandOff(String webhookHandOff) {
        this.webhookHandOff = webhookHandOff;
    }

    /** {@return the {@code camel.component.qonto.webhook-idempotent-repository} property} */
    public IdempotentRepository getWebhookIdempotentRepository() {
        return webhookIdempotentRepository;
    }

    /** @param webhookIdempotentRepository the {@code camel.component.qonto.webhook-idempotent-repository} property */
    public void setWebhookIdempotentRepository(IdempotentRepository webhookIdempotentRepository) {
        this.webhookIdempotentRepository = webhookIdempotentRepository;
    }

    /** {@return the {@code camel.component.qonto.gap-fill} property} */
    public Boolean getGapFill() {
        return gapFill;
    }

    /** @param gapFill the {@code camel.component.qonto.gap-fill} property */
    public void setGapFill(Boolean gapFill) {
        this.gapFill = gapFill;
    }
}
