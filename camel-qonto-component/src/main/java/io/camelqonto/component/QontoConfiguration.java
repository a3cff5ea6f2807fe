package io.camelqonto.component;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.catalog.Action;
import org.apache.camel.RuntimeCamelException;
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

    @UriParam(label = "consumer",
              defaultValue = "false",
              description = "Deliver the new items of a page as one exchange whose body is their list, like "
                            + "camel-kafka's batching, instead of one exchange per item. Each poll delivers one page; "
                            + "with greedy=true the next poll follows at once while pages come. The cursor moves "
                            + "past the page's items when the exchange completed without exception; items that "
                            + "cannot be read still go to the error handler one by one.")
    private boolean batching;

    public Action getOperation() {
        return operation;
    }

    public void setOperation(Action operation) {
        this.operation = operation;
    }

    public QontoOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(QontoOutputType outputType) {
        this.outputType = outputType;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getStagingToken() {
        return stagingToken;
    }

    public void setStagingToken(String stagingToken) {
        this.stagingToken = stagingToken;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public String getTokenFile() {
        return tokenFile;
    }

    public void setTokenFile(String tokenFile) {
        this.tokenFile = tokenFile;
    }

    public QontoClient getClient() {
        return client;
    }

    public void setClient(QontoClient client) {
        this.client = client;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public String getScaMode() {
        return scaMode;
    }

    public void setScaMode(String scaMode) {
        this.scaMode = scaMode;
    }

    public long getScaTimeout() {
        return scaTimeout;
    }

    public void setScaTimeout(long scaTimeout) {
        this.scaTimeout = scaTimeout;
    }

    public long getScaPollInterval() {
        return scaPollInterval;
    }

    public void setScaPollInterval(long scaPollInterval) {
        this.scaPollInterval = scaPollInterval;
    }

    public String getTwoFactorPreference() {
        return twoFactorPreference;
    }

    public void setTwoFactorPreference(String twoFactorPreference) {
        this.twoFactorPreference = twoFactorPreference;
    }

    public int getPerPage() {
        return perPage;
    }

    public void setPerPage(int perPage) {
        this.perPage = perPage;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public String getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    public void setIdempotencyKeyExpression(String idempotencyKeyExpression) {
        this.idempotencyKeyExpression = idempotencyKeyExpression;
    }

    public String getAcceptedMatchResults() {
        return acceptedMatchResults;
    }

    public void setAcceptedMatchResults(String acceptedMatchResults) {
        this.acceptedMatchResults = acceptedMatchResults;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public String getCursorField() {
        return cursorField;
    }

    public void setCursorField(String cursorField) {
        this.cursorField = cursorField;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public boolean isBatching() {
        return batching;
    }

    public void setBatching(boolean batching) {
        this.batching = batching;
    }

    /** A shallow copy: endpoints change their own options without touching the component's defaults. */
    public QontoConfiguration copy() {
        try {
            return (QontoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
