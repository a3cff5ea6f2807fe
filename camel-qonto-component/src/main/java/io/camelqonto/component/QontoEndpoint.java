package io.camelqonto.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoEnvironment;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.component.producer.QontoProducer;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.SepaBeneficiary;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Expression;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Reads and writes one Qonto resource: approval requests, transactions, SEPA transfers and beneficiaries, the
 * organization and its bank accounts.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "qonto", title = "Qonto", syntax = "qonto:resource",
             category = { Category.FINANCE, Category.API }, headersClass = QontoConstants.class)
public class QontoEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** Polling a bank twice a second, Camel's generic default, would spend the rate limit for nothing. */
    static final long DEFAULT_CONSUMER_DELAY = 60_000;
    /** The query parameters of the IBAN filters: one account of transactions, a list of beneficiaries. */
    private static final String IBAN_PARAMETER = "iban";
    private static final String IBANS_PARAMETER = "iban[]";

    @UriPath(description = "The Qonto resource: a plural one (requests, transactions, sepaTransfers,"
                           + " sepaBeneficiaries, bankAccounts) is a collection to consume or list; a singular one"
                           + " (request, transaction, sepaTransfer, sepaBeneficiary, organization) is one object to"
                           + " create, get or act on.")
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

    @UriParam
    private QontoConfiguration configuration;

    private volatile QontoClient client;
    private Expression idempotencyKeyExpression;
    private Map<String, List<String>> filterParameters = Map.of();
    private volatile Map<String, List<String>> queryParameters;
    /** Kept by the endpoint, not the consumer, so that a route restart resumes where it stopped. */
    private final StateRepository<String, String> defaultStateRepository = new MemoryStateRepository();

    QontoEndpoint(String uri, QontoComponent component, QontoResource resource, QontoConfiguration configuration) {
        super(uri, component);
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
        QontoOptionsValidator.validate(resource, configuration);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (QontoFilter filter : resource.filters()) {
            List<String> values = filter.values(configuration, "qonto:" + resource.name() + " options");
            if (!values.isEmpty()) {
                parameters.put(filter.parameter(), values);
            }
        }
        filterParameters = Collections.unmodifiableMap(parameters);
        if (configuration.getClient() == null) {
            QontoClientFactory.checkCredentials(configuration);
            QontoClientFactory.checkUrls(configuration, "qonto:" + resource.name() + " options");
        }
        if (configuration.getIdempotencyKeyExpression() != null) {
            idempotencyKeyExpression = getCamelContext().resolveLanguage("simple")
                    .createExpression(configuration.getIdempotencyKeyExpression());
            idempotencyKeyExpression.init(getCamelContext());
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
        return new QontoProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!resource.isConsumable()) {
            throw new InvalidInputException("qonto:" + resource.name(), "resource", resource.name()
                    + " cannot be consumed; consumable resources: " + QontoResource.consumableNames());
        }
        if (configuration.getSortBy() != null) {
            throw new InvalidInputException("qonto:" + resource.name() + " consumer", "sortBy",
                    "cannot be set on a consumer, which reads in ascending order of its cursor field");
        }
        QontoConsumer consumer = new QontoConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    /** The client to call Qonto with: the configured bean, or the component's shared one for these options. */
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

    /** The compiled idempotencyKeyExpression, or null when the option is not set. */
    public Expression getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    /**
     * The query parameters of the filter options set on this endpoint, validated and normalized, in a stable order:
     * Qonto parameter name to its values (several for a list filter).
     */
    public Map<String, List<String>> getFilterParameters() {
        return filterParameters;
    }

    /**
     * The filter parameters as sent to Qonto. No IBAN goes out in a URL: a query string is printed by HTTP-level
     * debug logs, and a full IBAN must never reach a log. An {@code iban} filter on transactions goes out as the id of
     * that account, looked up once (or not at all when {@code bankAccountId} is set, which Qonto prefers anyway); the
     * IBANs of a sepaBeneficiaries filter are matched on the listed items instead, see {@link #matchesLocalFilters}.
     */
    public Map<String, List<String>> getQueryParameters() {
        Map<String, List<String>> resolved = queryParameters;
        if (resolved == null) {
            resolved = withoutIbans(filterParameters);
            queryParameters = resolved;
        }
        return resolved;
    }

    /** Whether any filter is applied to the listed items here rather than by Qonto. */
    public boolean hasLocalFilters() {
        return !localIbans().isEmpty();
    }

    /** Whether a listed item passes the filters applied here rather than by Qonto: the IBANs of sepaBeneficiaries. */
    public boolean matchesLocalFilters(Object item) {
        List<String> ibans = localIbans();
        return ibans.isEmpty() || item instanceof SepaBeneficiary beneficiary
                && ibans.contains(Iban.normalize(beneficiary.iban()));
    }

    private List<String> localIbans() {
        return resource == QontoResource.sepaBeneficiaries
                ? filterParameters.getOrDefault(IBANS_PARAMETER, List.of())
                : List.of();
    }

    private Map<String, List<String>> withoutIbans(Map<String, List<String>> filters) {
        if (!filters.containsKey(IBAN_PARAMETER) && !filters.containsKey(IBANS_PARAMETER)) {
            return filters;
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        if (filters.containsKey(IBAN_PARAMETER) && !filters.containsKey("bank_account_id")) {
            resolved.put("bank_account_id", List.of(accountIdOf(filters.get(IBAN_PARAMETER).get(0))));
        }
        filters.forEach((name, values) -> {
            if (!name.equals(IBAN_PARAMETER) && !name.equals(IBANS_PARAMETER)) {
                resolved.put(name, values);
            }
        });
        return Collections.unmodifiableMap(resolved);
    }

    private String accountIdOf(String iban) {
        return getClient()
                .paginate(QontoCall.of(QontoOperation.LIST_BANK_ACCOUNTS).build(), BankAccount.class).stream()
                .filter(candidate -> iban.equals(Iban.normalize(candidate.iban())))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("qonto:transactions options", "iban",
                        "matches no bank account of the organization (" + Iban.mask(iban) + ")"))
                .id();
    }

    /** Where the consumer keeps its cursor: the configured repository, else an in-memory one of this endpoint. */
    public StateRepository<String, String> getStateRepository() {
        return configuration.getStateRepository() != null ? configuration.getStateRepository() : defaultStateRepository;
    }

    public QontoResource getResource() {
        return resource;
    }

    public QontoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(QontoConfiguration configuration) {
        this.configuration = configuration;
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
