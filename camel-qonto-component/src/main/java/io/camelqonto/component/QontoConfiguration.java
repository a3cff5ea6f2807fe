package io.camelqonto.component;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.webhook.WebhookSecretStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of a {@code qonto:} endpoint. The component holds one instance with the defaults its endpoints start
 * from (typically the credentials); each endpoint works on its own {@link #copy()}.
 *
 * <p>Only what applies to every endpoint is here: credentials, environment, HTTP, retries, SCA, paging, consumer
 * state, the operation and idempotency. Filters and inputs belong to the catalog rows of the operations; tooling sees
 * them through the generated {@code QontoEndpointOptions}.</p>
 */
@UriParams
public class QontoConfiguration implements Cloneable {

    @UriParam(label = "producer",
              description = "The operation a producer performs on the resource; which ones a resource allows is in"
                            + " the README's resource table. The CamelQontoOperation header overrides it; without"
                            + " either, the resource's default operation runs (list for collections, create for"
                            + " sepaTransfer, get for most single objects; request needs approve or decline).")
    private Action operation;

    @UriParam(label = "common",
              defaultValue = "model",
              description = "What the body holds, for consumers and producers alike: model (the typed record,"
                            + " keeping every key Qonto sent), json (Qonto's JSON as a string) or map (a Map of the"
                            + " JSON).")
    private QontoOutputType outputType = QontoOutputType.model;

    @UriParam(label = "common",
              defaultValue = "production",
              enums = "production,sandbox",
              description = "The Qonto environment: production, or sandbox (which needs a staging token).")
    private String environment = "production";

    @UriParam(label = "advanced",
              description = "Overrides the API base URL of the environment, e.g. to point at the Qonto emulator "
                            + "in tests.")
    private String baseUrl;

    @UriParam(label = "advanced",
              description = "Overrides the OAuth 2 token endpoint of the environment.")
    private String tokenUrl;

    @UriParam(label = "security,advanced",
              defaultValue = "false",
              description = "Lets baseUrl and tokenUrl use plain http to a host other than this machine. Without "
                            + "it they must be https URLs, or http to localhost, 127.0.0.0/8 or ::1 (an emulator, a "
                            + "local proxy), because plain http carries credentials and payments unencrypted. The "
                            + "URLs are checked when the endpoint starts.")
    private boolean allowInsecureHttp;

    @UriParam(label = "security",
              secret = true,
              description = "The sandbox staging token, sent as X-Qonto-Staging-Token on every call.")
    private String stagingToken;

    @UriParam(label = "security",
              description = "The organization login of an API key (API-key authentication; read access).")
    private String login;

    @UriParam(label = "security",
              secret = true,
              description = "The secret key of an API key (API-key authentication; read access).")
    private String secretKey;

    @UriParam(label = "security",
              description = "The OAuth 2 client id of the application (OAuth authentication, needed for payments "
                            + "and approvals).")
    private String clientId;

    @UriParam(label = "security",
              secret = true,
              description = "The OAuth 2 client secret of the application.")
    private String clientSecret;

    @UriParam(label = "security",
              secret = true,
              description = "An OAuth 2 access token to start with. Without a refresh token it is used until it "
                            + "expires.")
    private String accessToken;

    @UriParam(label = "security",
              secret = true,
              description = "The OAuth 2 refresh token obtained at consent. Qonto rotates it on every refresh; "
                            + "use tokenFile or tokenStore to keep the rotated one across restarts.")
    private String refreshToken;

    @UriParam(label = "security,advanced",
              description = "A TokenStore bean that keeps the current OAuth tokens, for example a database-backed "
                            + "one shared by several instances.")
    private TokenStore tokenStore;

    @UriParam(label = "security,advanced",
              description = "Path of a file that keeps the current OAuth tokens, so the rotated refresh token "
                            + "survives restarts. The refreshToken option seeds it while the file does not exist "
                            + "yet.")
    private String tokenFile;

    @UriParam(label = "advanced",
              description = "A QontoClient to use instead of one built from the options; the component neither "
                            + "configures nor closes it.")
    private QontoClient client;

    @UriParam(label = "advanced",
              defaultValue = "10000",
              javaType = "java.time.Duration",
              description = "Timeout in milliseconds to establish a connection to Qonto.")
    private long connectTimeout = 10000;

    @UriParam(label = "advanced",
              defaultValue = "30000",
              javaType = "java.time.Duration",
              description = "Timeout in milliseconds to wait for Qonto's answer.")
    private long responseTimeout = 30000;

    @UriParam(label = "advanced",
              defaultValue = "120000",
              javaType = "java.time.Duration",
              description = "The longest in milliseconds one call to Qonto may take in all: waiting for the rate "
                            + "limiter, every attempt with its answer read to the end, and the waits between "
                            + "attempts. An answer trickled slowly fails at this deadline even when each part of it "
                            + "arrives within responseTimeout. Exceeding it fails with QontoTimeoutException.")
    private long callTimeout = 120000;

    @UriParam(label = "advanced",
              defaultValue = "16777216",
              description = "The largest answer body in bytes read into memory (16 MiB by default, far above Qonto's "
                            + "largest page). A larger answer fails the call with QontoResponseTooLargeException, "
                            + "without being read further, and is not retried.")
    private long maxResponseSize = 16777216;

    @UriParam(label = "advanced",
              defaultValue = "20",
              description = "The most connections open to Qonto at once, shared by the endpoints that use the "
                            + "same client.")
    private int maxConnections = 20;

    @UriParam(label = "advanced",
              defaultValue = "4",
              description = "Attempts in all, the first included. A 429 is retried on any call (Qonto did "
                            + "nothing); a 500 on reads; 502, 503, 504, I/O errors and garbled answers on calls that "
                            + "are safe to repeat (reads, and writes carrying an idempotency key). 1 disables "
                            + "retries.")
    private int maxAttempts = 4;

    @UriParam(label = "advanced",
              defaultValue = "500",
              javaType = "java.time.Duration",
              description = "Wait in milliseconds before the first retry; it doubles on each further retry, with "
                            + "jitter.")
    private long retryInitialDelay = 500;

    @UriParam(label = "advanced",
              defaultValue = "10000",
              javaType = "java.time.Duration",
              description = "Cap in milliseconds of the wait between retries.")
    private long retryMaxDelay = 10000;

    @UriParam(label = "advanced",
              defaultValue = "30000",
              javaType = "java.time.Duration",
              description = "The longest Retry-After in milliseconds that is waited for; a longer one fails the "
                            + "call at once. A Retry-After, and any 429, pauses every endpoint sharing the rate "
                            + "limiter, since Qonto counts requests per IP address.")
    private long maxRetryAfter = 30000;

    @UriParam(label = "producer",
              defaultValue = "fail",
              enums = "fail,wait,mock",
              description = "What happens when Qonto asks for Strong Customer Authentication: fail (throw, with "
                            + "the session token in the CamelQontoScaSessionToken header so the route can resume "
                            + "later), wait (poll the session until the user decides, then replay the request), or "
                            + "mock (sandbox and emulator only: approve the session automatically).")
    private String scaMode = "fail";

    @UriParam(label = "producer,advanced",
              defaultValue = "900000",
              javaType = "java.time.Duration",
              description = "How long in milliseconds scaMode=wait waits for the user's decision; Qonto ends "
                            + "sessions after 15 minutes.")
    private long scaTimeout = 900000;

    @UriParam(label = "producer,advanced",
              defaultValue = "2000",
              javaType = "java.time.Duration",
              description = "Interval in milliseconds between SCA session polls in scaMode=wait; never less than "
                            + "one second, as Qonto asks.")
    private long scaPollInterval = 2000;

    @UriParam(label = "producer,advanced",
              description = "The second factor Qonto should use for SCA (X-Qonto-2fa-Preference), e.g. "
                            + "paired-device, passkey or sms-otp.")
    private String twoFactorPreference;

    @UriParam(label = "common",
              defaultValue = "100",
              description = "Items per page requested from Qonto when listing or consuming (1 to 100).")
    private int perPage = 100;

    @UriParam(label = "producer",
              defaultValue = "1000",
              description = "The most pages a list operation fetches; the CamelQontoTruncated header tells when "
                            + "Qonto had more.")
    private int maxPages = 1000;

    @UriParam(label = "producer",
              description = "A Simple expression giving a business key for writes Qonto wants idempotent, e.g. "
                            + "${header.invoiceNumber}. A value that is not a UUID is turned into a stable "
                            + "name-based UUID, so the same business key never pays twice within Qonto's 30-minute "
                            + "window. The CamelQontoIdempotencyKey header takes precedence; without either a "
                            + "random key is used per exchange.")
    private String idempotencyKeyExpression;

    @UriParam(label = "producer",
              defaultValue = "MATCH_RESULT_MATCH",
              description = "sepaTransfer create: the Verification of Payee results that let a transfer go, a "
                            + "comma list of MATCH_RESULT_MATCH, MATCH_RESULT_CLOSE_MATCH, MATCH_RESULT_NO_MATCH, "
                            + "MATCH_RESULT_NOT_POSSIBLE, MATCH_RESULT_UNSPECIFIED.")
    private String acceptedMatchResults = "MATCH_RESULT_MATCH";

    @UriParam(label = "producer",
              description = "Where writes Qonto wants idempotent are recorded once they succeeded: their "
                            + "idempotency key, with Qonto's answer (id, status, the object). A write whose key is "
                            + "recorded is not sent again; the exchange gets the recorded answer, with the header "
                            + "CamelQontoReplayed=true. Qonto itself forgets a key after 30 minutes: a persistent "
                            + "repository (a FileStateRepository, or any StateRepository backed by a database) "
                            + "extends that to as long as the repository keeps its entries. The key is recorded "
                            + "only after Qonto answered, so a write whose answer was lost is covered by Qonto's "
                            + "30-minute window alone. Not set: no record beyond Qonto's window.")
    private StateRepository<String, String> writeRepository;

    @UriParam(label = "consumer",
              description = "Where the consumer keeps its cursor (last instant and the ids seen at it). Defaults "
                            + "to an in-memory repository per endpoint; a FileStateRepository (or any persistent "
                            + "one) makes the consumer resume after a restart without losing or repeating items.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced",
              description = "The key of the cursor in the state repository. Defaults to one derived from the "
                            + "resource, the cursor field and the filters, so routes with different filters keep "
                            + "separate cursors.")
    private String stateKey;

    @UriParam(label = "consumer",
              defaultValue = "beginning",
              description = "Where a consumer starts when the state repository holds no cursor yet: beginning "
                            + "(everything the filters match), now, or an ISO-8601 instant.")
    private String startFrom = "beginning";

    @UriParam(label = "consumer,advanced",
              enums = "created_at,processed_at,updated_at,settled_at,emitted_at",
              description = "The timestamp the consumer resumes from. transactions: updated_at (default; an "
                            + "updated transaction is delivered again), settled_at or emitted_at; sepaTransfers: "
                            + "updated_at; requests: created_at (default) or processed_at.")
    private String cursorField;

    @UriParam(label = "consumer",
              defaultValue = "0",
              description = "The most items one poll delivers; 0 or less means no limit.")
    private int maxMessagesPerPoll = 0;

    @UriParam(label = "consumer,webhook,security",
              secret = true,
              description = "Webhooks: the secret of the webhook subscription, when you manage the"
                            + " subscription yourself. Deliveries whose X-Qonto-Signature does not match it are"
                            + " refused. Not needed with webhookSubscribe=true.")
    private String webhookSecret;

    @UriParam(label = "consumer,webhook,security",
              description = "Webhooks: path of a file that keeps the secrets of the subscriptions"
                            + " webhookSubscribe manages (owner-readable only, written atomically and forced to"
                            + " disk), so that a restart keeps the subscription's secret.")
    private String webhookSecretFile;

    @UriParam(label = "consumer,webhook,security,advanced",
              description = "Webhooks: a WebhookSecretStore bean keeping the secrets of managed"
                            + " subscriptions, e.g. one backed by a database; takes precedence over"
                            + " webhookSecretFile.")
    private WebhookSecretStore webhookSecretStore;

    @UriParam(label = "consumer,webhook",
              defaultValue = "300000",
              javaType = "java.time.Duration",
              description = "Webhooks: how far in milliseconds the timestamp of a delivery's signature"
                            + " may be from now; a delivery signed earlier or later is refused as stale.")
    private long webhookTolerance = 300000;

    @UriParam(label = "consumer,webhook",
              defaultValue = "false",
              description = "Webhooks: on start, find or create the subscription of this callback URL"
                            + " to the topic (with Camel's webhookAutoRegister, true by default), with a secret"
                            + " chosen here and saved before Qonto learns it. Needs OAuth with the webhook scope and"
                            + " the topic's scope.")
    private boolean webhookSubscribe;

    @UriParam(label = "consumer,webhook",
              defaultValue = "false",
              description = "Webhooks: with webhookSubscribe, delete the subscription when the route"
                            + " stops. Events happening while it is deleted are never sent.")
    private boolean webhookUnsubscribeOnStop;

    @UriParam(label = "consumer,webhook",
              description = "Webhooks: an endpoint URI (seda:..., or a persistent queue) each verified"
                            + " event is handed to before Qonto gets its answer; the route then runs from there."
                            + " Without it Qonto is answered once the route has processed the event, which must then"
                            + " take less than Qonto's one second.")
    private String webhookHandOff;

    @UriParam(label = "consumer,webhook,advanced",
              description = "Webhooks: the IdempotentRepository that remembers delivered events (by"
                            + " event id) so that none reaches the route twice. Defaults to an in-memory one of"
                            + " the last 10000 events per endpoint; a persistent one remembers across restarts.")
    private IdempotentRepository webhookIdempotentRepository;

    @UriParam(label = "consumer,webhook",
              defaultValue = "false",
              description = "Webhooks of a resource a consumer can poll too, such as transactions: also poll it"
                            + " every delay milliseconds, sharing the consumer's cursor and the webhook's"
                            + " deduplication, so that an event Qonto lost, or one from before the subscription,"
                            + " reaches the route once all the same.")
    private boolean gapFill;

    @UriParam(label = "consumer",
              defaultValue = "false",
              description = "Deliver the new items of a page as one exchange whose body is their list, like "
                            + "camel-kafka's batching, instead of one exchange per item. Each poll delivers one page; "
                            + "with greedy=true the next poll follows at once while pages come. The cursor moves "
                            + "past the page's items when the exchange completed without exception; items that "
                            + "cannot be read still go to the error handler one by one.")
    private boolean batching;

    /** {@return the {@code operation} option} */
    public Action getOperation() {
        return operation;
    }

    /** @param operation the {@code operation} option */
    public void setOperation(Action operation) {
        this.operation = operation;
    }

    /** {@return the {@code outputType} option} */
    public QontoOutputType getOutputType() {
        return outputType;
    }

    /** @param outputType the {@code outputType} option */
    public void setOutputType(QontoOutputType outputType) {
        this.outputType = outputType;
    }

    /** {@return the {@code environment} option} */
    public String getEnvironment() {
        return environment;
    }

    /** @param environment the {@code environment} option */
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    /** {@return the {@code baseUrl} option} */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** @param baseUrl the {@code baseUrl} option */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@return the {@code tokenUrl} option} */
    public String getTokenUrl() {
        return tokenUrl;
    }

    /** @param tokenUrl the {@code tokenUrl} option */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** {@return the {@code stagingToken} option} */
    public String getStagingToken() {
        return stagingToken;
    }

    /** @param stagingToken the {@code stagingToken} option */
    public void setStagingToken(String stagingToken) {
        this.stagingToken = stagingToken;
    }

    /** {@return the {@code login} option} */
    public String getLogin() {
        return login;
    }

    /** @param login the {@code login} option */
    public void setLogin(String login) {
        this.login = login;
    }

    /** {@return the {@code secretKey} option} */
    public String getSecretKey() {
        return secretKey;
    }

    /** @param secretKey the {@code secretKey} option */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    /** {@return the {@code clientId} option} */
    public String getClientId() {
        return clientId;
    }

    /** @param clientId the {@code clientId} option */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** {@return the {@code clientSecret} option} */
    public String getClientSecret() {
        return clientSecret;
    }

    /** @param clientSecret the {@code clientSecret} option */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /** {@return the {@code accessToken} option} */
    public String getAccessToken() {
        return accessToken;
    }

    /** @param accessToken the {@code accessToken} option */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    /** {@return the {@code refreshToken} option} */
    public String getRefreshToken() {
        return refreshToken;
    }

    /** @param refreshToken the {@code refreshToken} option */
    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    /** {@return the {@code tokenStore} option} */
    public TokenStore getTokenStore() {
        return tokenStore;
    }

    /** @param tokenStore the {@code tokenStore} option */
    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    /** {@return the {@code tokenFile} option} */
    public String getTokenFile() {
        return tokenFile;
    }

    /** @param tokenFile the {@code tokenFile} option */
    public void setTokenFile(String tokenFile) {
        this.tokenFile = tokenFile;
    }

    /** {@return the {@code client} option} */
    public QontoClient getClient() {
        return client;
    }

    /** @param client the {@code client} option */
    public void setClient(QontoClient client) {
        this.client = client;
    }

    /** {@return the {@code allowInsecureHttp} option} */
    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @param allowInsecureHttp the {@code allowInsecureHttp} option */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** {@return the {@code callTimeout} option} */
    public long getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the {@code callTimeout} option */
    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** {@return the {@code maxResponseSize} option} */
    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /** @param maxResponseSize the {@code maxResponseSize} option */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /** {@return the {@code connectTimeout} option} */
    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout the {@code connectTimeout} option */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the {@code responseTimeout} option} */
    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** @param responseTimeout the {@code responseTimeout} option */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /** {@return the {@code maxConnections} option} */
    public int getMaxConnections() {
        return maxConnections;
    }

    /** @param maxConnections the {@code maxConnections} option */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** {@return the {@code maxAttempts} option} */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** @param maxAttempts the {@code maxAttempts} option */
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** {@return the {@code retryInitialDelay} option} */
    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** @param retryInitialDelay the {@code retryInitialDelay} option */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    /** {@return the {@code retryMaxDelay} option} */
    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** @param retryMaxDelay the {@code retryMaxDelay} option */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    /** {@return the {@code maxRetryAfter} option} */
    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /** @param maxRetryAfter the {@code maxRetryAfter} option */
    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    /** {@return the {@code scaMode} option} */
    public String getScaMode() {
        return scaMode;
    }

    /** @param scaMode the {@code scaMode} option */
    public void setScaMode(String scaMode) {
        this.scaMode = scaMode;
    }

    /** {@return the {@code scaTimeout} option} */
    public long getScaTimeout() {
        return scaTimeout;
    }

    /** @param scaTimeout the {@code scaTimeout} option */
    public void setScaTimeout(long scaTimeout) {
        this.scaTimeout = scaTimeout;
    }

    /** {@return the {@code scaPollInterval} option} */
    public long getScaPollInterval() {
        return scaPollInterval;
    }

    /** @param scaPollInterval the {@code scaPollInterval} option */
    public void setScaPollInterval(long scaPollInterval) {
        this.scaPollInterval = scaPollInterval;
    }

    /** {@return the {@code twoFactorPreference} option} */
    public String getTwoFactorPreference() {
        return twoFactorPreference;
    }

    /** @param twoFactorPreference the {@code twoFactorPreference} option */
    public void setTwoFactorPreference(String twoFactorPreference) {
        this.twoFactorPreference = twoFactorPreference;
    }

    /** {@return the {@code perPage} option} */
    public int getPerPage() {
        return perPage;
    }

    /** @param perPage the {@code perPage} option */
    public void setPerPage(int perPage) {
        this.perPage = perPage;
    }

    /** {@return the {@code maxPages} option} */
    public int getMaxPages() {
        return maxPages;
    }

    /** @param maxPages the {@code maxPages} option */
    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    /** {@return the {@code idempotencyKeyExpression} option} */
    public String getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    /** @param idempotencyKeyExpression the {@code idempotencyKeyExpression} option */
    public void setIdempotencyKeyExpression(String idempotencyKeyExpression) {
        this.idempotencyKeyExpression = idempotencyKeyExpression;
    }

    /** {@return the {@code acceptedMatchResults} option} */
    public String getAcceptedMatchResults() {
        return acceptedMatchResults;
    }

    /** @param acceptedMatchResults the {@code acceptedMatchResults} option */
    public void setAcceptedMatchResults(String acceptedMatchResults) {
        this.acceptedMatchResults = acceptedMatchResults;
    }

    /** {@return the {@code writeRepository} option} */
    public StateRepository<String, String> getWriteRepository() {
        return writeRepository;
    }

    /** @param writeRepository the {@code writeRepository} option */
    public void setWriteRepository(StateRepository<String, String> writeRepository) {
        this.writeRepository = writeRepository;
    }

    /** {@return the {@code stateRepository} option} */
    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /** @param stateRepository the {@code stateRepository} option */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    /** {@return the {@code stateKey} option} */
    public String getStateKey() {
        return stateKey;
    }

    /** @param stateKey the {@code stateKey} option */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    /** {@return the {@code startFrom} option} */
    public String getStartFrom() {
        return startFrom;
    }

    /** @param startFrom the {@code startFrom} option */
    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    /** {@return the {@code cursorField} option} */
    public String getCursorField() {
        return cursorField;
    }

    /** @param cursorField the {@code cursorField} option */
    public void setCursorField(String cursorField) {
        this.cursorField = cursorField;
    }

    /** {@return the {@code maxMessagesPerPoll} option} */
    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /** @param maxMessagesPerPoll the {@code maxMessagesPerPoll} option */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    /** {@return the {@code webhookSecret} option} */
    public String getWebhookSecret() {
        return webhookSecret;
    }

    /** @param webhookSecret the {@code webhookSecret} option */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    /** {@return the {@code webhookSecretFile} option} */
    public String getWebhookSecretFile() {
        return webhookSecretFile;
    }

    /** @param webhookSecretFile the {@code webhookSecretFile} option */
    public void setWebhookSecretFile(String webhookSecretFile) {
        this.webhookSecretFile = webhookSecretFile;
    }

    /** {@return the {@code webhookSecretStore} option} */
    public WebhookSecretStore getWebhookSecretStore() {
        return webhookSecretStore;
    }

    /** @param webhookSecretStore the {@code webhookSecretStore} option */
    public void setWebhookSecretStore(WebhookSecretStore webhookSecretStore) {
        this.webhookSecretStore = webhookSecretStore;
    }

    /** {@return the {@code webhookTolerance} option} */
    public long getWebhookTolerance() {
        return webhookTolerance;
    }

    /** @param webhookTolerance the {@code webhookTolerance} option */
    public void setWebhookTolerance(long webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    /** {@return the {@code webhookSubscribe} option} */
    public boolean isWebhookSubscribe() {
        return webhookSubscribe;
    }

    /** @param webhookSubscribe the {@code webhookSubscribe} option */
    public void setWebhookSubscribe(boolean webhookSubscribe) {
        this.webhookSubscribe = webhookSubscribe;
    }

    /** {@return the {@code webhookUnsubscribeOnStop} option} */
    public boolean isWebhookUnsubscribeOnStop() {
        return webhookUnsubscribeOnStop;
    }

    /** @param webhookUnsubscribeOnStop the {@code webhookUnsubscribeOnStop} option */
    public void setWebhookUnsubscribeOnStop(boolean webhookUnsubscribeOnStop) {
        this.webhookUnsubscribeOnStop = webhookUnsubscribeOnStop;
    }

    /** {@return the {@code webhookHandOff} option} */
    public String getWebhookHandOff() {
        return webhookHandOff;
    }

    /** @param webhookHandOff the {@code webhookHandOff} option */
    public void setWebhookHandOff(String webhookHandOff) {
        this.webhookHandOff = webhookHandOff;
    }

    /** {@return the {@code webhookIdempotentRepository} option} */
    public IdempotentRepository getWebhookIdempotentRepository() {
        return webhookIdempotentRepository;
    }

    /** @param webhookIdempotentRepository the {@code webhookIdempotentRepository} option */
    public void setWebhookIdempotentRepository(IdempotentRepository webhookIdempotentRepository) {
        this.webhookIdempotentRepository = webhookIdempotentRepository;
    }

    /** {@return the {@code gapFill} option} */
    public boolean isGapFill() {
        return gapFill;
    }

    /** @param gapFill the {@code gapFill} option */
    public void setGapFill(boolean gapFill) {
        this.gapFill = gapFill;
    }

    /** {@return the {@code batching} option} */
    public boolean isBatching() {
        return batching;
    }

    /** @param batching the {@code batching} option */
    public void setBatching(boolean batching) {
        this.batching = batching;
    }

    /** {@return a shallow copy: endpoints change their own options without touching the component's defaults} */
    public QontoConfiguration copy() {
        try {
            return (QontoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
