package io.camelqonto.component.producer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.client.QontoJson;
import io.camelqonto.model.InvalidInputException;

/**
 * Turns a message body into an input model: the model itself, a {@code Map} or JSON text (a {@code String},
 * {@code byte[]} or {@code InputStream}). Keys may be Qonto's snake_case or Java's camelCase, so a YAML route can write
 * {@code bankAccountId} as naturally as a JSON file writes {@code bank_account_id}; the keys of free-form maps (an
 * international transfer's details) are Qonto's own and stay as written. Anything else fails with an
 * {@link InvalidInputException} naming the body, before anything is sent.
 */
public final class QontoBodyConverter {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE
            = new PropertyNamingStrategies.SnakeCaseStrategy();

    private QontoBodyConverter() {
    }

    /**
     * Reads the body leniently: keys the type does not declare are ignored.
     *
     * @param <T>     the model
     * @param body    the message's body: the model itself, a Map, or JSON as text, bytes or a stream
     * @param type    the model's class
     * @param subject what is being sent, for messages
     * @return the body as the model
     * @throws InvalidInputException when the body cannot be read as the model
     */
    public static <T> T convert(Object body, Class<T> type, String subject) {
        return convert(body, type, subject, "", false);
    }

    /**
     * Reads a request body strictly: a key the type does not declare fails, naming it, rather than being dropped
     * unnoticed (a misspelt {@code referense}, a {@code currency} Qonto would never see).
     *
     * @param <T>     the model
     * @param body    the message's body: the model itself, a Map, or JSON as text, bytes or a stream
     * @param type    the model's class
     * @param subject what is being sent, for messages
     * @param wrapper the key Qonto wraps the body in ({@code transfer}), which prefixes the fields named, or null
     * @return the body as the model
     * @throws InvalidInputException when the body cannot be read as the model, naming the field
     */
    public static <T> T convertStrictly(Object body, Class<T> type, String subject, String wrapper) {
        return convert(body, type, subject, wrapper == null ? "" : wrapper + ".", true);
    }

    private static <T> T convert(Object body, Class<T> type, String subject, String prefix, boolean strict) {
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        JsonNode tree = toTree(body, type, subject);
        if (!tree.isObject()) {
            throw new InvalidInputException(subject, "body",
                    "must be a JSON object describing a " + type.getSimpleName() + " (got a JSON " + kind(tree) + ")");
        }
        ObjectReader reader = QontoJson.mapper().readerFor(type);
        if (strict) {
            reader = reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        try {
            return reader.readValue(snakeCaseKeys((ObjectNode) tree, type));
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(subject, prefix + fieldPath(e), "is not a field of "
                    + type.getSimpleName() + " (known: " + e.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            // Jackson's own message may quote the value (an IBAN, say), so only the field path and the type are kept
            throw new InvalidInputException(subject, prefix + fieldPath(e), expected(e));
        } catch (IOException e) {
            throw new InvalidInputException(subject, "body", "cannot be read as a " + type.getSimpleName());
        }
    }

    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == LocalDate.class) {
            return "is not a date such as 2026-12-31 (YYYY-MM-DD)";
        }
        if (target == String.class) {
            return "has a value of the wrong type: it must be text";
        }
        if (target != null && Collection.class.isAssignableFrom(target)) {
            return "has a value of the wrong type: it must be a list";
        }
        if (target != null && target.isRecord()) {
            return "has a value of the wrong type: it must be an object";
        }
        return "has a value of the wrong type";
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

    /**
     * The keys of the object in snake_case, and those of the objects it holds, as far as the target type says they are
     * fields of models: the keys of a free-form map (the details of an international transfer, say) are Qonto's own
     * and are sent as written.
     *
     * @param type the type the object becomes; null when unknown, and then every nested object is converted too
     */
    private static ObjectNode snakeCaseKeys(ObjectNode node, Type type) {
        Map<String, Type> components = components(type);
        ObjectNode copy = QontoJson.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = SNAKE_CASE.translate(field.getKey());
            copy.set(key, nested(field.getValue(), components == null ? null : components.get(key)));
        }
        return copy;
    }

    private static JsonNode nested(JsonNode value, Type type) {
        if (type != null && !isRecord(type) && !isListOfRecords(type)) {
            return value;
        }
        if (value instanceof ObjectNode object) {
            return snakeCaseKeys(object, type);
        }
        if (value instanceof ArrayNode array && type != null) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode copy = QontoJson.mapper().createArrayNode();
            array.forEach(element -> copy.add(element instanceof ObjectNode object ? snakeCaseKeys(object, item)
                    : element));
            return copy;
        }
        return value;
    }

    /** The record's components by JSON name; null when the type is not a record. */
    private static Map<String, Type> components(Type type) {
        if (!isRecord(type)) {
            return null;
        }
        Map<String, Type> components = new HashMap<>();
        for (RecordComponent component : ((Class<?>) type).getRecordComponents()) {
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value()
                    : SNAKE_CASE.translate(component.getName());
            components.put(name, component.getGenericType());
        }
        return components;
    }

    private static boolean isRecord(Type type) {
        return type instanceof Class<?> cls && cls.isRecord();
    }

    private static boolean isListOfRecords(Type type) {
        return type instanceof ParameterizedType list && list.getRawType() == List.class
                && isRecord(list.getActualTypeArguments()[0]);
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
