package io.camelqonto.component;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.auth.TokenStore;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of a {@code qonto:} endpoint. The component holds one instance with the defaults its endpoints start
 * from (typically the credentials); each endpoint works on its own {@link #copy()}.
 *
 * <p>Filter options are named after Qonto's query parameters in camelCase; list-valued filters take comma lists.
 * Their values are checked when the endpoint is created, so a typo fails the route at startup instead of returning an
 * empty list. Options with a closed set of single values declare it as {@code enums}; list-valued ones describe their
 * values instead, because tooling checks an option's whole value against its enums and would refuse a list.</p>
 */
@UriParams
public class QontoConfiguration implements Cloneable {

    @UriParam(label = "producer",
              enums = "list,get,create,update,cancel,downloadProof,verifyPayee,approve,decline,untrust",
              description = "The operation a producer performs on the resource. The CamelQontoOperation header "
                            + "overrides it; without either, the resource's default operation runs (create for "
                            + "sepaTransfer, get for transaction, sepaBeneficiary and organization, list for "
                            + "collections; request needs approve or decline).")
    private String operation;

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
              defaultValue = "20",
              description = "The most connections open to Qonto at once, shared by the endpoints that use the "
                            + "same client.")
    private int maxConnections = 20;

    @UriParam(label = "advanced",
              defaultValue = "4",
              description = "Attempts in all (the first included) for calls that are safe to repeat (reads, and "
                            + "writes carrying an idempotency key) on 429, 502, 503, 504 and I/O errors. 1 disables "
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
                            + "call at once.")
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

    @UriParam(label = "filter",
              description = "Filter by status, a comma list. requests: pending, approved, declined, canceled; "
                            + "transactions: pending, declined, completed; sepaTransfers: pending, processing, "
                            + "canceled, declined, settled; sepaBeneficiaries: pending, validated, declined.")
    private String status;

    @UriParam(label = "filter",
              description = "requests: filter by request type, a comma list of transfer, multi_transfer, "
                            + "flash_card, virtual_card.")
    private String requestType;

    @UriParam(label = "filter",
              description = "requests: only requests created at or after this ISO-8601 instant.")
    private String createdAtFrom;

    @UriParam(label = "filter",
              description = "requests: only requests processed at or after this ISO-8601 instant.")
    private String processedAtFrom;

    @UriParam(label = "filter",
              enums = "created_at:asc,created_at:desc,processed_at:asc,processed_at:desc,status:asc,status:desc,"
                      + "updated_at:asc,updated_at:desc,settled_at:asc,settled_at:desc,emitted_at:asc,emitted_at:desc,"
                      + "scheduled_date:asc,scheduled_date:desc",
              description = "Sort order of a list operation, field:direction. requests: created_at, processed_at "
                            + "or status; transactions: updated_at, settled_at or emitted_at; sepaTransfers: "
                            + "updated_at or scheduled_date. Consumers sort by their cursor field and refuse this "
                            + "option.")
    private String sortBy;

    @UriParam(label = "filter",
              description = "transactions: the bank account whose transactions are read (this or iban is "
                            + "required).")
    private String bankAccountId;

    @UriParam(label = "filter",
              description = "transactions: the IBAN of the bank account whose transactions are read "
                            + "(bankAccountId is preferred; it keeps the IBAN out of the endpoint URI). "
                            + "sepaBeneficiaries: a comma list of beneficiary IBANs.")
    private String iban;

    @UriParam(label = "filter",
              enums = "credit,debit",
              description = "transactions: only credits or only debits.")
    private String side;

    @UriParam(label = "filter",
              description = "transactions: filter by operation type, a comma list such as transfer, card, "
                            + "direct_debit, income, qonto_fee, cheque.")
    private String operationType;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers: only items updated at or after this ISO-8601 instant.")
    private String updatedAtFrom;

    @UriParam(label = "filter",
              description = "transactions, sepaTransfers: only items updated at or before this ISO-8601 instant.")
    private String updatedAtTo;

    @UriParam(label = "filter",
              description = "transactions: only transactions settled at or after this ISO-8601 instant.")
    private String settledAtFrom;

    @UriParam(label = "filter",
              description = "transactions: only transactions settled at or before this ISO-8601 instant.")
    private String settledAtTo;

    @UriParam(label = "filter",
              description = "transactions: only transactions emitted at or after this ISO-8601 instant.")
    private String emittedAtFrom;

    @UriParam(label = "filter",
              description = "transactions: only transactions emitted at or before this ISO-8601 instant.")
    private String emittedAtTo;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "transactions: only transactions with (true) or without (false) attachments.")
    private String withAttachments;

    @UriParam(label = "filter",
              description = "transactions, transaction: embed related objects, a comma list of labels, "
                            + "attachments, vat_details.")
    private String includes;

    @UriParam(label = "filter",
              description = "sepaTransfers: only transfers scheduled on or after this ISO-8601 date.")
    private String scheduledDateFrom;

    @UriParam(label = "filter",
              description = "sepaTransfers: only transfers scheduled on or before this ISO-8601 date.")
    private String scheduledDateTo;

    @UriParam(label = "filter",
              description = "sepaTransfers: only transfers to these beneficiaries, a comma list of ids.")
    private String beneficiaryIds;

    @UriParam(label = "filter",
              description = "sepaTransfers: only the transfers with these ids, a comma list (at most 100).")
    private String ids;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "sepaBeneficiaries: only trusted (true) or untrusted (false) beneficiaries.")
    private String trusted;

    @UriParam(label = "filter",
              enums = "true,false",
              description = "organization: include the external (aggregated) bank accounts.")
    private String includeExternalAccounts;

    @UriParam(label = "producer",
              description = "request approve: the IBAN of the account to debit (default: the main account). The "
                            + "CamelQontoDebitIban header overrides it.")
    private String debitIban;

    @UriParam(label = "producer",
              description = "request decline: the reason given to the requester. The CamelQontoDeclinedNote "
                            + "header overrides it; one of them is required.")
    private String declinedNote;

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
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getCreatedAtFrom() {
        return createdAtFrom;
    }

    public void setCreatedAtFrom(String createdAtFrom) {
        this.createdAtFrom = createdAtFrom;
    }

    public String getProcessedAtFrom() {
        return processedAtFrom;
    }

    public void setProcessedAtFrom(String processedAtFrom) {
        this.processedAtFrom = processedAtFrom;
    }

    public String getSortBy() {
        return sortBy;
    }

    public void setSortBy(String sortBy) {
        this.sortBy = sortBy;
    }

    public String getBankAccountId() {
        return bankAccountId;
    }

    public void setBankAccountId(String bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getOperationType() {
        return operationType;
    }

    public void setOperationType(String operationType) {
        this.operationType = operationType;
    }

    public String getUpdatedAtFrom() {
        return updatedAtFrom;
    }

    public void setUpdatedAtFrom(String updatedAtFrom) {
        this.updatedAtFrom = updatedAtFrom;
    }

    public String getUpdatedAtTo() {
        return updatedAtTo;
    }

    public void setUpdatedAtTo(String updatedAtTo) {
        this.updatedAtTo = updatedAtTo;
    }

    public String getSettledAtFrom() {
        return settledAtFrom;
    }

    public void setSettledAtFrom(String settledAtFrom) {
        this.settledAtFrom = settledAtFrom;
    }

    public String getSettledAtTo() {
        return settledAtTo;
    }

    public void setSettledAtTo(String settledAtTo) {
        this.settledAtTo = settledAtTo;
    }

    public String getEmittedAtFrom() {
        return emittedAtFrom;
    }

    public void setEmittedAtFrom(String emittedAtFrom) {
        this.emittedAtFrom = emittedAtFrom;
    }

    public String getEmittedAtTo() {
        return emittedAtTo;
    }

    public void setEmittedAtTo(String emittedAtTo) {
        this.emittedAtTo = emittedAtTo;
    }

    public String getWithAttachments() {
        return withAttachments;
    }

    public void setWithAttachments(String withAttachments) {
        this.withAttachments = withAttachments;
    }

    public String getIncludes() {
        return includes;
    }

    public void setIncludes(String includes) {
        this.includes = includes;
    }

    public String getScheduledDateFrom() {
        return scheduledDateFrom;
    }

    public void setScheduledDateFrom(String scheduledDateFrom) {
        this.scheduledDateFrom = scheduledDateFrom;
    }

    public String getScheduledDateTo() {
        return scheduledDateTo;
    }

    public void setScheduledDateTo(String scheduledDateTo) {
        this.scheduledDateTo = scheduledDateTo;
    }

    public String getBeneficiaryIds() {
        return beneficiaryIds;
    }

    public void setBeneficiaryIds(String beneficiaryIds) {
        this.beneficiaryIds = beneficiaryIds;
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids;
    }

    public String getTrusted() {
        return trusted;
    }

    public void setTrusted(String trusted) {
        this.trusted = trusted;
    }

    public String getIncludeExternalAccounts() {
        return includeExternalAccounts;
    }

    public void setIncludeExternalAccounts(String includeExternalAccounts) {
        this.includeExternalAccounts = includeExternalAccounts;
    }

    /** {@return the {@code debitIban} option} */
    public String getDebitIban() {
        return debitIban;
    }

    /** @param debitIban the {@code debitIban} option */
    public void setDebitIban(String debitIban) {
        this.debitIban = debitIban;
    }

    /** {@return the {@code declinedNote} option} */
    public String getDeclinedNote() {
        return declinedNote;
    }

    /** @param declinedNote the {@code declinedNote} option */
    public void setDeclinedNote(String declinedNote) {
        this.declinedNote = declinedNote;
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

    /** {@return a shallow copy: endpoints change their own options without touching the component's defaults} */
    public QontoConfiguration copy() {
        try {
            return (QontoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
