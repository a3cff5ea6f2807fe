package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/** Writing caller-given values into documents, for the test-facing operations that accept raw fields. */
final class Documents {

    private Documents() {
    }

    /**
     * Sets each given field, after checking that they all exist.
     *
     * @throws IllegalArgumentException for a field the document kind does not have
     */
    static void set(ObjectNode document, Map<String, Object> values, Predicate<String> isField, String kind) {
        values.keySet().stream().filter(isField.negate()).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("Unknown " + kind + " field: " + unknown);
        });
        values.forEach((field, value) -> document.set(field, Json.tree(value)));
    }

    /**
     * Rewrites timestamps in Qonto's one format: filters and sorting compare them as text.
     *
     * @throws IllegalArgumentException for a value that is not a timestamp
     */
    static void normalizeTimestamps(ObjectNode document, String... fields) {
        for (String field : fields) {
            JsonNode value = document.get(field);
            if (value != null && value.isTextual()) {
                Instant instant = Timestamps.parseInstant(value.asText()).orElseThrow(() ->
                        new IllegalArgumentException(field + " is not a timestamp: " + value.asText()));
                document.put(field, Timestamps.format(Timestamps.truncate(instant)));
            }
        }
    }
}
