package io.camelqonto.component.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoPages;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.QueryParameters;
import io.camelqonto.component.ResultHeaders;
import io.camelqonto.component.hook.HookContext;
import io.camelqonto.component.hook.OperationHook;
import io.camelqonto.component.hook.OperationHooks;
import io.camelqonto.component.hook.WriteContext;
import io.camelqonto.model.PageMeta;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Runs one operation of the catalog per exchange. The operation comes from the {@code CamelQontoOperation} header,
 * else the {@code operation} option, else the resource's default; the call is assembled from the operation's row
 * (path, parameters, inputs, body type, paging, idempotency, response shape) and its hooks, so adding an endpoint to
 * the catalog needs no code here.
 *
 * <p>Writes that Qonto wants idempotent carry a key that stays with the exchange until the write succeeded, so a
 * retry, a Camel redelivery or an SCA replay sends it again and Qonto executes the write once. With
 * {@code scaMode=fail} a request for SCA is rethrown with the session token, the key and (for transfers) the payee
 * proof in headers: an exchange carrying the three later replays the identical write.</p>
 */
public class QontoProducer extends DefaultProducer {

    private final QontoEndpoint endpoint;
    private final QontoConfiguration configuration;
    private final ProducerInputs inputs;
    private final ResultHeaders results;
    private final WriteRecords records;
    /** Tells this producer's writes apart from other writes of the same exchange (see {@link PendingWrites}). */
    private final String writeScope = UUID.randomUUID().toString();
    private QontoClient client;

    /**
     * A producer running the endpoint's operations.
     *
     * @param endpoint the endpoint, whose options and credentials every call uses
     */
    public QontoProducer(QontoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.inputs = new ProducerInputs(endpoint.getResource(), configuration, endpoint.getParentId());
        this.results = new ResultHeaders(configuration.getOutputType());
        this.records = new WriteRecords(configuration.getWriteRepository());
    }

    @Override
    public QontoEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = endpoint.getClient();
        // started, never stopped here: the repository may be shared with other endpoints (stopping a
        // FileStateRepository empties its cache under them)
        ServiceHelper.startService(configuration.getWriteRepository());
        endpoint.getComponent().monitoring().producerStarted(endpoint);
    }

    @Override
    protected void doStop() throws Exception {
        endpoint.getComponent().monitoring().producerStopped(endpoint);
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        QontoOperation operation = inputs.operation(message);
        // before anything else, a lookup of the account an IBAN filter names included
        endpoint.checkCredentialsFor(operation);
        endpoint.warnIfDeprecated(operation);
        QueryParameters parameters = endpoint.getParameters()
                .with(message.getHeader(QontoConstants.QUERY, Map.class), "qonto:" + endpoint.getResource() + " "
                        + QontoConstants.QUERY);
        if (operation.paged() && operation.action() == Action.list) {
            list(message, operation, parameters);
        } else {
            send(exchange, operation, parameters);
        }
    }

    private void send(Exchange exchange, QontoOperation operation, QueryParameters parameters) {
        Message message = exchange.getMessage();
        List<OperationHook> hooks = OperationHooks.of(operation);
        Map<String, String> pathValues = new java.util.LinkedHashMap<>(inputs.pathValues(operation, message));
        Object payload = inputs.payload(operation, hooks, message, parameters);
        QontoCall.Builder call = QontoCall.of(operation).body(payload);
        endpoint.sentParameters(operation, parameters.declared(operation)).forEach(call::queryAll);
        String write = writeScope + ":" + operation.action();
        boolean isWrite = !"GET".equals(operation.method());
        String idempotencyKey = null;
        if (operation.idempotent()) {
            idempotencyKey = IdempotencyKeys.resolve(exchange, write, endpoint.getIdempotencyKeyExpression());
            call.idempotencyKey(idempotencyKey);
            Optional<WriteRecords.Recorded> recorded = records.find(operation, idempotencyKey);
            if (recorded.isPresent()) {
                replay(exchange, operation, write, recorded.get().result());
                return;
            }
        }
        message.removeHeader(QontoConstants.REPLAYED);
        if (isWrite) {
            call.scaSessionToken(PendingWrites.header(exchange, write, QontoConstants.SCA_SESSION_TOKEN));
            WriteState state = new WriteState(exchange, write, endpoint.getIdempotencyKeyExpression());
            WriteContext context = new WriteContext(client, call, payload, pathValues, state,
                    Map.of("acceptedMatchResults", configuration.getAcceptedMatchResults()));
            hooks.forEach(hook -> hook.beforeSend(context));
        }
        pathValues.forEach(call::pathParam);

        Object result;
        try {
            result = execute(call.build());
        } catch (QontoScaRequiredException challenge) {
            // the session is bound to this very request: kept with the write, so that no other write takes it
            PendingWrites.put(exchange, write,
                    PendingWrites.get(exchange, write).withScaSessionToken(challenge.scaSessionToken()));
            message.setHeader(QontoConstants.SCA_SESSION_TOKEN, challenge.scaSessionToken());
            if (challenge.idempotencyKey() != null) {
                message.setHeader(QontoConstants.IDEMPOTENCY_KEY, challenge.idempotencyKey());
            }
            throw challenge;
        }
        if (isWrite) {
            spent(exchange, write);
        }
        if (operation.emptyResponse()) {
            if (idempotencyKey != null) {
                records.record(operation, idempotencyKey, null);
            }
            // nothing comes back: the body stays, and CamelQontoId still names the object acted on
            return;
        }
        HookContext context = new HookContext(client, "qonto:" + endpoint.getResource());
        for (OperationHook hook : hooks) {
            result = hook.afterResult(context, result);
        }
        if (idempotencyKey != null) {
            records.record(operation, idempotencyKey, result);
        }
        results.apply(message, operation, result);
    }

    /** The answer of a write recorded as done: nothing is sent, not even the payee verification before it. */
    private void replay(Exchange exchange, QontoOperation operation, String write, Object result) {
        spent(exchange, write);
        Message message = exchange.getMessage();
        if (!operation.emptyResponse()) {
            results.apply(message, operation, result);
        }
        message.setHeader(QontoConstants.REPLAYED, true);
    }

    /** Once a write went through, a later write of this exchange must get keys of its own. */
    private static void spent(Exchange exchange, String write) {
        PendingWrites.done(exchange, write);
        Message message = exchange.getMessage();
        message.removeHeader(QontoConstants.IDEMPOTENCY_KEY);
        message.removeHeader(QontoConstants.SCA_SESSION_TOKEN);
        message.removeHeader(QontoConstants.VOP_PROOF_TOKEN);
    }

    private Object execute(QontoCall call) {
        QontoOperation operation = call.operation();
        if (operation.listResponse()) {
            return client.callForList(call, operation.resultType());
        }
        return client.call(call, operation.resultType());
    }

    /** Walks the collection page by page up to maxPages; the body becomes the list of items. */
    private void list(Message message, QontoOperation operation, QueryParameters parameters) {
        Map<String, List<String>> declared = parameters.declared(operation);
        QontoCall.Builder builder = QontoCall.of(operation);
        inputs.pathValues(operation, message).forEach(builder::pathParam);
        endpoint.sentParameters(operation, declared).forEach(builder::queryAll);
        QontoCall call = builder.query("per_page", configuration.getPerPage()).build();
        List<OperationHook> hooks = OperationHooks.of(operation);
        QontoPages<?> pages = client.paginate(call, operation.resultType(), configuration.getMaxPages());
        List<Object> items = new ArrayList<>();
        for (Object item : pages) {
            if (hooks.stream().allMatch(hook -> hook.accepts(item, declared))) {
                items.add(item);
            }
        }
        results.applyList(message, items);
        // Qonto counts what matches the query it was sent, which knows nothing of the filters applied here
        boolean filteredHere = hooks.stream().anyMatch(hook -> hook.filtersLocally(declared));
        PageMeta meta = pages.lastMeta();
        if (meta != null && meta.matchingItems() != null && !filteredHere) {
            message.setHeader(QontoConstants.TOTAL_COUNT, meta.matchingItems());
        } else {
            message.removeHeader(QontoConstants.TOTAL_COUNT);
        }
        message.setHeader(QontoConstants.PAGES_FETCHED, pages.pagesFetched());
        message.setHeader(QontoConstants.TRUNCATED, pages.truncated());
    }
}
