package io.camelqonto.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.camelqonto.client.error.QontoDecodingException;

/** Finds the result in a Qonto answer (per the operation's response root) and maps it to a type. */
final class ResultMapper {

    private static final String META = "meta";
    /** Why a number does not fit its whole-number field. */
    static final String OUT_OF_RANGE = "is out of range for a whole number";

    private ResultMapper() {
    }

    /** A part of the answer and its path from the top of the body ({@code ""} for the body itself). */
    private record Located(JsonNode node, String path) {
    }

    /** The result of a single-object answer, mapped to {@code type}; null for an empty answer. */
    static <T> T result(QontoOperation operation, QontoResponse response, Class<T> type) {
        Located root = root(operation, response.json());
        return convert(operation, response, root.node(), root.path(), type);
    }

    /**
     * The part of the body holding the result. Qonto is not consistent about wrapping: when the
     * expected root key is absent, the body itself is taken to be the result.
     */
    private static Located root(QontoOperation operation, JsonNode body) {
        String root = operation.responseRoot();
        if (root == null || body == null || !body.isObject()) {
            return new Located(body, "");
        }
        if (QontoOperation.ResponseRoot.SINGLE_KEY.equals(root)) {
            return singleKey(body);
        }
        JsonNode value = body.get(root);
        return value == null ? new Located(body, "") : new Located(value, root);
    }

    /** The one field that holds the resource, e.g. {@code request_transfer}; fields like {@code meta} do not count. */
    private static Located singleKey(JsonNode body) {
        Located found = null;
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isContainerNode() && !META.equals(field.getKey())) {
                if (found != null) {
                    return new Located(body, "");
                }
                found = new Located(field.getValue(), field.getKey());
            }
        }
        return found == null ? new Located(body, "") : found;
    }

    /**
     * Maps one part of Qonto's answer to {@code type}. A value the type cannot hold as it is fails as a
     * {@link QontoDecodingException} naming the operation and the path of the value (from the top of the body),
     * never the value itself.
     *
     * @param path where {@code node} sits in the body, e.g. {@code transactions[2]}; {@code ""} for the body itself
     */
    static <T> T convert(QontoOperation operation, QontoResponse response, JsonNode node, String path, Class<T> type) {
        if (node == null || node.isNull() || type == Void.class) {
            return null;
        }
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        try {
            return QontoJson.mapper().treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw decodingFailure(operation, response, node, join(path, e.getPath()), reason(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw decodingFailure(operation, response, node, path, "cannot be read as " + type.getSimpleName());
        }
    }

    /** The items of a list answer; a single object where a list was expected counts as a list of one. */
    static <T> List<T> list(QontoOperation operation, QontoResponse response, Class<T> type) {
        Located root = root(operation, response.json());
        JsonNode node = root.node();
        List<T> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            items.add(convert(operation, response, node, root.path(), type));
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            // Qonto has been seen sending null entries; they carry nothing
            if (!item.isNull()) {
                items.add(convert(operation, response, item, root.path() + "[" + i + "]", type));
            }
        }
        return items;
    }

    private static QontoDecodingException decodingFailure(QontoOperation operation, QontoResponse response,
            JsonNode node, String field, String reason) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        return decodingFailure(operation, response.status(), response.traceId(),
                id != null && id.isTextual() ? id.asText() : null, field, reason);
    }

    /**
     * The failure to read a value of Qonto's answer, naming the operation, the path of the value and, when known, the
     * id of the item holding it; never the value.
     */
    static QontoDecodingException decodingFailure(QontoOperation operation, int status, String traceId, String id,
            String field, String reason) {
        // ids are Qonto's references, not personal data: they tell which item of a list to look at
        String which = id != null ? " (in the item with id " + id + ")" : "";
        return new QontoDecodingException(operation.name() + " (" + operation.method() + " " + operation.pathTemplate()
                + ")", field.isEmpty() ? "the result" : field, reason + which, status, traceId);
    }

    /** The path of a value: where its item sits, then the fields and indexes the binder went through. */
    static String join(String path, List<JsonMappingException.Reference> references) {
        StringBuilder joined = new StringBuilder(path);
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                joined.append(joined.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                joined.append('[').append(reference.getIndex()).append(']');
            }
        }
        return joined.toString();
    }

    /** Why the value does not fit, said from the expected type: Jackson's own messages quote the value. */
    static String reason(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return OUT_OF_RANGE;
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has an unexpected format";
        }
        if (target == Long.class || target == Integer.class || target == Short.class || target == BigInteger.class
                || target == long.class || target == int.class || target == short.class) {
            return "must be a whole number";
        }
        if (target == BigDecimal.class || target == Double.class || target == Float.class || target == double.class
                || target == float.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Instant.class) {
            return "must be an ISO-8601 timestamp with a UTC offset";
        }
        if (target == LocalDate.class) {
            return "must be an ISO-8601 date (yyyy-MM-dd)";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        return "must be an object";
    }
}
