package io.camelqonto.component.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.QontoPages;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.component.QontoConstants;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.QontoModels;
import io.camelqonto.component.QontoOperations;
import io.camelqonto.component.QontoResource;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.PageMeta;
import io.camelqonto.model.PayeeVerification;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs one operation of the catalog per exchange. The operation comes from the {@code CamelQontoOperation} header,
 * else the {@code operation} option, else the resource's default; the call is assembled from the catalog entry (path
 * template, paging, idempotency, response shape), so adding an endpoint to the catalog needs no code here.
 *
 * <p>Writes that Qonto wants idempotent carry a key that stays with the exchange until the write succeeded, so a
 * retry, a Camel redelivery or an SCA replay sends it again and Qonto executes the write once. With
 * {@code scaMode=fail} a request for SCA is rethrown with the session token, the key and (for transfers) the payee
 * proof in headers: an exchange carrying the three later replays the identical write.</p>
 */
public class QontoProducer extends DefaultProducer {

    private final QontoEndpoint endpoint;
    private final QontoResource resource;
    private final QontoConfiguration configuration;
    private final ProducerInputs inputs;
    private final Set<String> acceptedMatchResults;
    /** Tells this producer's writes apart from other writes of the same exchange (see {@link PendingWrites}). */
    private final String writeScope = UUID.randomUUID().toString();
    private QontoClient client;

    public QontoProducer(QontoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.resource = endpoint.getResource();
        this.configuration = endpoint.getConfiguration();
        this.inputs = new ProducerInputs(resource, configuration);
        this.acceptedMatchResults = Arrays.stream(configuration.getAcceptedMatchResults().split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public QontoEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = endpoint.getClient();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        QontoOperations name = operationName(message);
        QontoOperation operation = resource.operations().get(name);
        switch (name) {
            case list -> list(message, operation);
            case verifyPayee -> verifyPayee(message);
            default -> send(exchange, name, operation);
        }
    }

    /** Header, else option, else the resource's default; checked against what the resource allows. */
    private QontoOperations operationName(Message message) {
        String name = message.getHeader(QontoConstants.OPERATION, String.class);
        String source = QontoConstants.OPERATION;
        if (name == null) {
            name = configuration.getOperation();
            source = "operation";
        }
        if (name == null) {
            if (resource.defaultOperation() == null) {
                throw new InvalidInputException("qonto:" + resource.name(), "operation",
                        "is required: set the operation option or the " + QontoConstants.OPERATION
                        + " header to one of: "
                        + String.join(", ", resource.operations().keySet().stream().map(Enum::name).toList()));
            }
            return resource.defaultOperation();
        }
        resource.operation(name, source);
        return QontoOperations.of(name).orElseThrow();
    }

    private void send(Exchange exchange, QontoOperations name, QontoOperation operation) {
        Message message = exchange.getMessage();
        QontoCall.Builder call = QontoCall.of(operation);
        if (operation.pathTemplate().contains("{id}")) {
            call.pathParam("id", inputs.id(message));
        }
        if (operation.pathTemplate().contains("{request_type}")) {
            call.pathParam("request_type", inputs.requestTypeSegment(message));
        }
        if ("GET".equals(operation.method())) {
            endpoint.getQueryParameters().forEach(call::queryAll);
        }
        Object payload = inputs.payload(name, message);
        call.body(payload);
        String write = writeScope + ":" + name;
        String key = operation.idempotent()
                ? IdempotencyKeys.resolve(exchange, write, endpoint.getIdempotencyKeyExpression())
                : null;
        call.idempotencyKey(key)
                .scaSessionToken(PendingWrites.header(exchange, write, QontoConstants.SCA_SESSION_TOKEN));
        if (operation == QontoOperation.CREATE_SEPA_TRANSFER) {
            call.topLevelField("vop_proof_token", payeeProofToken(exchange, write, (NewSepaTransfer) payload));
        }

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
        if (!"GET".equals(operation.method())) {
            // spent once the write went through: a later write of this exchange must get keys of its own
            PendingWrites.done(exchange, write);
            message.removeHeader(QontoConstants.IDEMPOTENCY_KEY);
            message.removeHeader(QontoConstants.SCA_SESSION_TOKEN);
            message.removeHeader(QontoConstants.VOP_PROOF_TOKEN);
        }
        setResult(message, operation, result);
    }

    private Object execute(QontoCall call) {
        QontoOperation operation = call.operation();
        if (operation.listResponse()) {
            return client.callForList(call, operation.resultType());
        }
        return client.call(call, operation.resultType());
    }

    /**
     * The Verification of Payee proof a transfer carries: the header's, unless another write of the exchange left it
     * there (it proves another payee), else the one of an earlier try, else a new one (the payee is verified now).
     * It is kept with the exchange, because a retry or an SCA replay must send the identical request: the original
     * proof, the same idempotency key.
     */
    private String payeeProofToken(Exchange exchange, String write, NewSepaTransfer transfer) {
        Message message = exchange.getMessage();
        PendingWrites.PendingWrite pending = PendingWrites.get(exchange, write);
        String proofToken = PendingWrites.header(exchange, write, QontoConstants.VOP_PROOF_TOKEN);
        if (proofToken == null) {
            proofToken = pending.proofToken();
        }
        if (proofToken == null) {
            proofToken = client.payeeProofToken(transfer, acceptedMatchResults);
        }
        PendingWrites.put(exchange, write, pending.withProofToken(proofToken));
        message.setHeader(QontoConstants.VOP_PROOF_TOKEN, proofToken);
        return proofToken;
    }

    private void setResult(Message message, QontoOperation operation, Object result) {
        if (operation.emptyResponse()) {
            // nothing comes back: the body stays, and CamelQontoId still names the object acted on
            return;
        }
        message.setBody(result);
        if (operation.binaryResponse()) {
            message.setHeader(Exchange.CONTENT_TYPE, "application/pdf");
            return;
        }
        String id = QontoModels.id(result);
        if (id != null) {
            message.setHeader(QontoConstants.ID, id);
        }
        String status = QontoModels.status(result);
        if (status != null) {
            message.setHeader(QontoConstants.STATUS, status);
        }
        if (result instanceof ApprovalRequest request) {
            message.setHeader(QontoConstants.REQUEST_TYPE, request.requestType());
        }
    }

    /** Walks the collection page by page up to maxPages; the body becomes the list of typed items. */
    private void list(Message message, QontoOperation operation) {
        QontoCall.Builder builder = QontoCall.of(operation);
        endpoint.getQueryParameters().forEach(builder::queryAll);
        QontoCall call = builder.query("per_page", configuration.getPerPage()).build();
        QontoPages<?> pages = client.paginate(call, operation.resultType(), configuration.getMaxPages());
        List<Object> items = new ArrayList<>();
        for (Object item : pages) {
            if (endpoint.matchesLocalFilters(item)) {
                items.add(item);
            }
        }
        message.setBody(items);
        // Qonto counts what matches the query it was sent, which knows nothing of the filters applied here
        PageMeta meta = pages.lastMeta();
        if (meta != null && meta.totalCount() != null && !endpoint.hasLocalFilters()) {
            message.setHeader(QontoConstants.TOTAL_COUNT, meta.totalCount());
        } else {
            message.removeHeader(QontoConstants.TOTAL_COUNT);
        }
        message.setHeader(QontoConstants.PAGES_FETCHED, pages.pagesFetched());
        message.setHeader(QontoConstants.TRUNCATED, pages.truncated());
    }

    private void verifyPayee(Message message) {
        NewSepaBeneficiary payee = inputs.payee(message.getBody());
        PayeeVerification verification = client.verifyPayee(payee.iban(), payee.name());
        message.setBody(verification);
        message.setHeader(QontoConstants.MATCH_RESULT, verification.matchResult());
        message.setHeader(QontoConstants.VOP_PROOF_TOKEN, verification.proofToken());
    }
}
