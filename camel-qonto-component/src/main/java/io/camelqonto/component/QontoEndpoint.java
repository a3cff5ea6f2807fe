package io.camelqonto.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoEnvironment;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.component.consumer.DiffingConsumer;
import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.component.hook.HookContext;
import io.camelqonto.component.hook.OperationHook;
import io.camelqonto.component.hook.OperationHooks;
import io.camelqonto.component.producer.QontoProducer;
import io.camelqonto.component.webhook.QontoWebhook;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Expression;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes one Qonto resource of the operation catalog ({@link QontoOperation}), and receives the events of
 * its webhook topic as {@code webhook:qonto:<topic>} on any Camel HTTP server (see {@link QontoWebhook}).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "qonto", title = "Qonto", syntax = "qonto:resource",
             category = { Category.FINANCE, Category.API }, headersClass = QontoConstants.class)
public class QontoEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation, WebhookCapableEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(QontoEndpoint.class);

    /** Polling a bank twice a second, Camel's generic default, would spend the rate limit for nothing. */
    static final long DEFAULT_CONSUMER_DELAY = 60_000;

    @UriPath(description = "The Qonto resource: a plural one (requests, transactions, sepaTransfers,"
                           + " sepaBeneficiaries, bankAccounts, ...) is a collection to consume or list; a singular"
                           + " one (request, transaction, sepaTransfer, ...) is one object to create, get or act on."
                           + " The README's resource table lists them all with their operations.",
             enums = QontoEndpointOptions.RESOURCES)
    @Metadata(required = true)
    private final QontoResource resource;

    /*
     * Declared again (as camel-mail does) only so that the generated catalog shows this endpoint's default;
     * the value itself lives in ScheduledPollEndpoint and is set in the constructor.
     */
    @UriParam(defaultValue = "" + DEFAULT_CONSUMER_DELAY, javaType = "java.time.Duration", label = "consumer,scheduler",
              description = "Milliseconds before the next poll.")
    @SuppressWarnings("unused")
    private long delay = DEFAULT_CONSUMER_DELAY;

    @UriParam(label = "common", description = "The object a collection belongs to, for the collections read under"
                                              + " one: the transaction of transactionAttachments, the payment link"
                                              + " of paymentLinkPayments. The consumer reads the collection under"
                                              + " it; a producer uses it when the message names no object (header"
                                              + " CamelQontoId).")
    private String parentId;

    @UriParam
    private QontoConfiguration configuration;

    @UriParam
    private QontoEndpointOptions options = new QontoEndpointOptions();

    @UriParam(label = "filter", prefix = "query.", multiValue = true,
              description = "Query parameters the catalog does not know yet, by Qonto's name:"
                            + " query.some_filter=value is sent as some_filter=value on every read of this"
                            + " endpoint. Values are checked like other text filters.")
    private Map<String, Object> query;

    private final String uri;
    private volatile QontoClient client;
    private Expression idempotencyKeyExpression;
    private QueryParameters parameters = QueryParameters.NONE;
    private final Map<QontoOperation, Map<String, List<String>>> resolvedParameters = new ConcurrentHashMap<>();
    private final Set<QontoOperation> deprecationsLogged = ConcurrentHashMap.newKeySet();
    /** Kept by the endpoint, not the consumer, so that a route restart resumes where it stopped. */
    private final StateRepository<String, String> defaultStateRepository = new MemoryStateRepository();
    private WebhookConfiguration webhookConfiguration;
    private QontoWebhook webhook;

    /**
     * @param uri       the URI the endpoint was created from, which tells endpoints apart
     * @param maskedUri the same with its IBANs masked, the URI Camel sees and prints
     */
    QontoEndpoint(String uri, String maskedUri, QontoComponent component, QontoResource resource,
            QontoConfiguration configuration) {
        super(maskedUri, component);
        this.uri = uri;
        this.resource = resource;
        this.configuration = configuration;
        setDelay(DEFAULT_CONSUMER_DELAY);
    }

    @Override
    public QontoComponent getComponent() {
        return (QontoComponent) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        parameters = QontoOptionsValidator.validate(resource, configuration, options.values(), query);
        if (configuration.getClient() == null) {
            QontoClientFactory.checkCredentials(configuration);
            QontoClientFactory.checkUrls(configuration, "qonto:" + resource.name() + " options");
        }
        if (configuration.getIdempotencyKeyExpression() != null) {
            idempotencyKeyExpression = getCamelContext().resolveLanguage("simple")
                    .createExpression(configuration.getIdempotencyKeyExpression());
            idempotencyKeyExpression.init(getCamelContext());
        }
        Action runsByDefault = configuration.getOperation() != null ? configuration.getOperation()
                : resource.defaultAction();
        QontoOperation runs = runsByDefault == null ? null : resource.operations().get(runsByDefault);
        if (runs != null) {
            checkCredentialsFor(runs);
            warnWithoutBusinessKey(runs);
        }
    }

    /**
     * Fails when the operation needs OAuth and this endpoint has only an API key.
     *
     * @param operation the operation about to run
     * @throws QontoOAuthRequiredException naming the operation and the OAuth options to set
     */
    public void checkCredentialsFor(QontoOperation operation) {
        boolean apiKeyOnly = configuration.getClient() != null
                ? configuration.getClient().config().credentials() instanceof ApiKeyCredentials
                : !QontoClientFactory.usesOAuth(configuration);
        if (operation.oauthOnly() && apiKeyOnly) {
            throw new QontoOAuthRequiredException("qonto:" + resource.name(), operation);
        }
    }

    /**
     * A random key per exchange protects against retries of that exchange only: the same payment processed again (a
     * file dropped twice, a message redelivered by a broker) gets a new key, and Qonto pays again.
     */
    private void warnWithoutBusinessKey(QontoOperation operation) {
        boolean movesMoney = operation.idempotent() && operation.scope() != null
                && operation.scope().startsWith("payment");
        if (movesMoney && idempotencyKeyExpression == null) {
            LOG.warn("qonto:{} {} moves money and has no idempotencyKeyExpression: unless the route sets the {}"
                     + " header, each exchange gets a random idempotency key, so re-processing the same input (a file"
                     + " dropped again, a message delivered again) runs {} again, and creates new transfers. Set"
                     + " idempotencyKeyExpression to a business key, such as an invoice number.", resource.name(),
                    operation.action(), QontoConstants.IDEMPOTENCY_KEY, operation.action());
        }
    }

    @Override
    protected void doStop() throws Exception {
        // the component owns shared clients; a restart of this endpoint asks it again
        client = null;
        super.doStop();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (resource.isWebhookTopicOnly()) {
            throw new InvalidInputException("qonto:" + resource.name(), "resource", resource.name() + " is a webhook"
                    + " topic only: use it as webhook:qonto:" + resource.name());
        }
        return new QontoProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        QontoOperation list = resource.consumedOperation().orElseThrow(() -> new InvalidInputException(
                "qonto:" + resource.name(), "resource", resource.name() + " cannot be consumed; consumable resources: "
                        + QontoResource.consumableNames()));
        if (!list.pathParameters().isEmpty() && (parentId == null || parentId.isBlank())) {
            throw new InvalidInputException("qonto:" + resource.name() + " consumer", "parentId", "is required: "
                    + resource.name() + " belongs to one object, whose id the consumer reads it under");
        }
        if (list.cursorFields().isEmpty()) {
            // no time to resume from: the collection is read whole and compared with what was delivered
            if (!ConsumerCursor.BEGINNING.equals(configuration.getStartFrom())
                    && !ConsumerCursor.NOW.equals(configuration.getStartFrom())) {
                throw new InvalidInputException("qonto:" + resource.name() + " consumer", "startFrom",
                        "must be beginning or now: Qonto cannot list " + resource.name() + " from an instant");
            }
            DiffingConsumer consumer = new DiffingConsumer(this, processor);
            consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
            configureConsumer(consumer);
            return consumer;
        }
        if (parameters.declared(list).containsKey("sort_by")) {
            throw new InvalidInputException("qonto:" + resource.name() + " consumer", "sortBy",
                    "cannot be set on a consumer, which reads in ascending order of its cursor field");
        }
        QontoConsumer consumer = new QontoConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhook().receiver(next);
    }

    @Override
    public void registerWebhook() {
        webhook().subscribe();
    }

    @Override
    public void unregisterWebhook() {
        webhook().unsubscribe();
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /** {@return the settings of the webhook endpoint this endpoint receives events for, or null when it is not one} */
    public WebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    /** Kept by the endpoint, so that a route restart keeps what its webhook remembers. */
    private synchronized QontoWebhook webhook() {
        if (webhook == null) {
            webhook = new QontoWebhook(this);
        }
        return webhook;
    }

    /** {@return the client to call Qonto with: the configured bean, or the component's shared one for these options} */
    public QontoClient getClient() {
        QontoClient current = client;
        if (current == null) {
            current = configuration.getClient() != null
                    ? configuration.getClient()
                    : getComponent().clientFor(configuration);
            client = current;
        }
        return current;
    }

    /** {@return the compiled idempotencyKeyExpression, or null when the option is not set} */
    public Expression getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    /** {@return the checked query parameters and inputs of this endpoint, by Qonto name} */
    public QueryParameters getParameters() {
        return parameters;
    }

    /**
     * The query parameters of an operation as sent to Qonto: those the endpoint declares for it, with the message's
     * overrides, as the operation's hooks rewrite them (an IBAN never goes out in a URL).
     *
     * @param operation the operation about to run
     * @param declared  its query parameters as the endpoint and the message set them, by Qonto name
     * @return the parameters to send, by Qonto name
     */
    public Map<String, List<String>> sentParameters(QontoOperation operation, Map<String, List<String>> declared) {
        if (!declared.equals(parameters.declared(operation))) {
            return resolve(operation, declared);
        }
        // a hook may call Qonto to resolve the endpoint's own parameters (an IBAN's account): once is enough
        return resolvedParameters.computeIfAbsent(operation, op -> resolve(op, declared));
    }

    private Map<String, List<String>> resolve(QontoOperation operation, Map<String, List<String>> declared) {
        Map<String, List<String>> sent = declared;
        HookContext context = new HookContext(getClient(), "qonto:" + resource.name() + " options");
        for (OperationHook hook : OperationHooks.of(operation)) {
            sent = hook.query(context, sent);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sent));
    }

    /**
     * Logs a warning the first time this endpoint runs an operation Qonto has deprecated, naming what replaces it, so
     * that a route relying on it is noticed before Qonto switches it off.
     *
     * @param operation the operation about to run
     */
    public void warnIfDeprecated(QontoOperation operation) {
        if (operation.deprecated() && deprecationsLogged.add(operation)) {
            LOG.warn("qonto:{} {} calls {} {}, which Qonto has deprecated: {}", resource.name(), operation.action(),
                    operation.method(), operation.pathTemplate(), operation.summary());
        }
    }

    /**
     * {@return where the consumer keeps its cursor: the configured repository, else an in-memory one of this endpoint}
     */
    public StateRepository<String, String> getStateRepository() {
        return configuration.getStateRepository() != null ? configuration.getStateRepository() : defaultStateRepository;
    }

    /** {@return the Qonto resource of the endpoint's path} */
    public QontoResource getResource() {
        return resource;
    }

    /**
     * {@return the {@code parentId} option: the object a collection is read under (a transaction, a payment link),
     * or null}
     */
    public String getParentId() {
        return parentId;
    }

    /** @param parentId the {@code parentId} option */
    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    /** {@return the endpoint's options, which start as a copy of the component's} */
    public QontoConfiguration getConfiguration() {
        return configuration;
    }

    /** @param configuration the endpoint's options */
    public void setConfiguration(QontoConfiguration configuration) {
        this.configuration = configuration;
    }

    /** {@return the query parameters and inputs set as endpoint options} */
    public QontoEndpointOptions getOptions() {
        return options;
    }

    /** @param options the query parameters and inputs set as endpoint options */
    public void setOptions(QontoEndpointOptions options) {
        this.options = options;
    }

    /** {@return the {@code query.} options: query parameters the catalog does not know, by Qonto's name} */
    public Map<String, Object> getQuery() {
        return query;
    }

    /** @param query the {@code query.} options, by Qonto's name */
    public void setQuery(Map<String, Object> query) {
        this.query = query;
    }

    /**
     * Two endpoints whose IBANs differ can show the same masked URI; Camel caches producers by endpoint, so they must
     * still be told apart.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof QontoEndpoint that && uri.equals(that.uri)
                && Objects.equals(contextName(this), contextName(that));
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    private static String contextName(QontoEndpoint endpoint) {
        return endpoint.getCamelContext() == null ? null : endpoint.getCamelContext().getName();
    }

    @Override
    public String getServiceUrl() {
        if (configuration.getClient() != null) {
            return configuration.getClient().config().baseUrl();
        }
        if (configuration.getBaseUrl() != null) {
            return configuration.getBaseUrl();
        }
        return QontoEnvironment.valueOf(configuration.getEnvironment().toUpperCase(Locale.ROOT)).apiBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
