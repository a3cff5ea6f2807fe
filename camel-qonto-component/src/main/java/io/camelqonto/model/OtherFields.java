package io.camelqonto.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a Qonto object that its model does not declare. Models keep them so that nothing Qonto sends is lost
 * when a model is written back to JSON; the copy is deeply unmodifiable so that models stay immutable, and keeps
 * null values and key order, which {@link Map#copyOf} would not.
 */
final class OtherFields {

    private OtherFields() {
    }

    static Map<String, Object> copyOf(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> copy.put(key, freeze(value)));
        return Collections.unmodifiableMap(copy);
    }

    /** The keys only: values may be personal data, IBANs or signed URLs, which have no place in a log line. */
    static String describe(Map<String, Object> fields) {
        return fields.keySet().toString();
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, freeze(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
