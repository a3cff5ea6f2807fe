package io.camelqonto.component.producer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.Iban;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;

/**
 * The idempotent writes that succeeded, by operation and idempotency key, with Qonto's answer. Qonto forgets a key
 * after 30 minutes; a persistent repository remembers it as long as it keeps its entries, so the same business key
 * replayed a day later gets the first answer back instead of a second payment.
 *
 * <p>An entry is written only once Qonto answered. A crash between Qonto's answer and the entry, or an answer lost on
 * the way, leaves no entry: the write is then covered by Qonto's own 30-minute window only.</p>
 *
 * <p>IBANs in the answer are kept masked: repositories write their entries to files and databases, and Camel's
 * {@code FileStateRepository} logs them at DEBUG.</p>
 */
final class WriteRecords {

    private static final String RESULT = "result";

    private final StateRepository<String, String> repository;

    /**
     * @param repository where entries are kept; null records nothing
     */
    WriteRecords(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    /** The answer recorded for this write, if it succeeded before: a model, a list of models, or null for none. */
    Optional<Recorded> find(QontoOperation operation, String idempotencyKey) {
        if (repository == null) {
            return Optional.empty();
        }
        String entry = repository.getState(key(operation, idempotencyKey));
        if (entry == null) {
            return Optional.empty();
        }
        try {
            JsonNode result = QontoJson.mapper().readTree(entry).path(RESULT);
            return Optional.of(new Recorded(result.isMissingNode() || result.isNull() ? null : decode(operation, result)));
        } catch (JsonProcessingException e) {
            // a damaged entry must not let the write go out again: the key was recorded, so it succeeded once
            throw new RuntimeCamelException("The writeRepository entry of " + operation.name()
                                            + " for idempotency key " + idempotencyKey + " cannot be read", e);
        }
    }

    /** Records a write that succeeded, with Qonto's answer to it (null when it answered nothing). */
    void record(QontoOperation operation, String idempotencyKey, Object result) {
        if (repository == null) {
            return;
        }
        ObjectNode entry = QontoJson.mapper().createObjectNode();
        entry.set(RESULT, withIbansMasked(QontoJson.mapper().valueToTree(result)));
        repository.setState(key(operation, idempotencyKey), entry.toString());
    }

    private static JsonNode withIbansMasked(JsonNode node) {
        if (node.isTextual() && Iban.isValid(node.asText())) {
            return TextNode.valueOf(Iban.mask(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(withIbansMasked(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withIbansMasked(array.get(i)));
            }
        }
        return node;
    }

    private static Object decode(QontoOperation operation, JsonNode result) throws JsonProcessingException {
        if (operation.listResponse()) {
            return QontoJson.mapper().treeToValue(result, QontoJson.mapper().getTypeFactory()
                    .constructCollectionType(List.class, operation.resultType()));
        }
        return QontoJson.mapper().treeToValue(result, operation.resultType());
    }

    /** Per operation: one business key may stand for a transfer and for its beneficiary, which are two writes. */
    private static String key(QontoOperation operation, String idempotencyKey) {
        return "qonto-write:" + operation.name() + ":" + idempotencyKey;
    }

    /**
     * @param result the recorded answer as its model, or null when the write answered nothing
     */
    record Recorded(Object result) {
    }
}
