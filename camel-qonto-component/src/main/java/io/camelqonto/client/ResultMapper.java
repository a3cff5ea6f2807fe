package io.camelqonto.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.model.PageMeta;

/** Finds the result in a Qonto answer (per the operation's response root) and maps it to a type. */
final class ResultMapper {

    private static final String META = "meta";

    private ResultMapper() {
    }

    /**
     * The part of the body holding the result. Qonto is not consistent about wrapping: when the
     * expected root key is absent, the body itself is taken to be the result.
     */
    static JsonNode root(QontoOperation operation, JsonNode body) {
        String root = operation.responseRoot();
        if (root == null || body == null || !body.isObject()) {
            return body;
        }
        if (QontoOperation.ResponseRoot.SINGLE_KEY.equals(root)) {
            return singleKey(body);
        }
        JsonNode value = body.get(root);
        return value == null ? body : value;
    }

    /** The one field that holds the resource, e.g. {@code request_transfer}; fields like {@code meta} do not count. */
    private static JsonNode singleKey(JsonNode body) {
        JsonNode found = null;
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isContainerNode() && !META.equals(field.getKey())) {
                if (found != null) {
                    return body;
                }
                found = field.getValue();
            }
        }
        return found == null ? body : found;
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || type == Void.class) {
            return null;
        }
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        return QontoJson.mapper().convertValue(node, type);
    }

    /** The items of a list answer; a single object where a list was expected counts as a list of one. */
    static <T> List<T> list(QontoOperation operation, JsonNode body, Class<T> type) {
        JsonNode node = root(operation, body);
        List<T> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            items.add(convert(node, type));
            return items;
        }
        for (JsonNode item : node) {
            // Qonto has been seen sending null entries; they carry nothing
            if (!item.isNull()) {
                items.add(convert(item, type));
            }
        }
        return items;
    }

    /** The items of one page: an array under the response root, or the body itself when it is an array. */
    static <T> QontoPage<T> page(QontoOperation operation, JsonNode body, Class<T> type) {
        JsonNode node = root(operation, body);
        if (node == null || !node.isArray()) {
            throw new QontoTransportException("Qonto " + operation.method() + " " + operation.pathTemplate()
                    + " answered without the list '" + operation.responseRoot() + "'", null);
        }
        List<T> items = list(operation, body, type);
        JsonNode meta = body.get(META);
        return new QontoPage<>(items, meta == null || !meta.isObject() ? null : convert(meta, PageMeta.class));
    }
}
