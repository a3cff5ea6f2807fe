package io.camelqonto.component.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.client.QontoJson;
import io.camelqonto.model.InvalidInputException;

/**
 * Turns a message body into an input model: the model itself, a {@code Map} or JSON text (a {@code String},
 * {@code byte[]} or {@code InputStream}). Keys may be Qonto's snake_case or Java's camelCase, so a YAML route can write
 * {@code bankAccountId} as naturally as a JSON file writes {@code bank_account_id}. Anything else fails with an
 * {@link InvalidInputException} naming the body, before anything is sent.
 */
public final class QontoBodyConverter {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE
            = new PropertyNamingStrategies.SnakeCaseStrategy();

    private QontoBodyConverter() {
    }

    public static <T> T convert(Object body, Class<T> type, String subject) {
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        JsonNode tree = toTree(body, type, subject);
        if (!tree.isObject()) {
            throw new InvalidInputException(subject, "body",
                    "must be a JSON object describing a " + type.getSimpleName() + " (got a JSON " + kind(tree) + ")");
        }
        try {
            return QontoJson.mapper().treeToValue(snakeCaseKeys((ObjectNode) tree), type);
        } catch (JsonMappingException e) {
            // Jackson's own message may quote the value (an IBAN, say), so only the field path is kept
            throw new InvalidInputException(subject, fieldPath(e), "has a value of the wrong type");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(subject, "body", "cannot be read as a " + type.getSimpleName());
        }
    }

    private static JsonNode toTree(Object body, Class<?> type, String subject) {
        if (body == null) {
            throw new InvalidInputException(subject, "body", "is required (a " + type.getSimpleName()
                                                             + ", a Map or a JSON object)");
        }
        try {
            if (body instanceof JsonNode node) {
                return node;
            } else if (body instanceof Map<?, ?> map) {
                return QontoJson.mapper().valueToTree(map);
            } else if (body instanceof String text) {
                return QontoJson.mapper().readTree(text);
            } else if (body instanceof byte[] bytes) {
                return QontoJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
            } else if (body instanceof InputStream stream) {
                return QontoJson.mapper().readTree(stream);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(subject, "body", "is not valid JSON");
        }
        throw new InvalidInputException(subject, "body", "cannot be converted from " + body.getClass().getName()
                                                         + " to " + type.getSimpleName()
                                                         + " (give the model, a Map or a JSON object)");
    }

    private static ObjectNode snakeCaseKeys(ObjectNode node) {
        ObjectNode copy = QontoJson.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(SNAKE_CASE.translate(field.getKey()), snakeCaseKeys(field.getValue()));
        }
        return copy;
    }

    /** Objects in lists too: the lines of an invoice are written like the invoice. */
    private static JsonNode snakeCaseKeys(JsonNode value) {
        if (value instanceof ObjectNode object) {
            return snakeCaseKeys(object);
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = QontoJson.mapper().createArrayNode();
            array.forEach(item -> copy.add(snakeCaseKeys(item)));
            return copy;
        }
        return value;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
