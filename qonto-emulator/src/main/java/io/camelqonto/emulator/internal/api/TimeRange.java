package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.Instant;
import java.util.Optional;

/** An inclusive {@code <field>_from} / {@code <field>_to} filter on a timestamp field. */
record TimeRange(String field, Optional<Instant> from, Optional<Instant> to) {

    static TimeRange read(QueryReader query, String field) {
        return new TimeRange(field, query.instant(field + "_from"), query.instant(field + "_to"));
    }

    /** A document whose field is null is outside any range that has a bound. */
    boolean contains(JsonNode document) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        JsonNode value = document.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        Instant instant = Timestamps.parseInstant(value.asText()).orElseThrow();
        return from.map(f -> !instant.isBefore(f)).orElse(true) && to.map(t -> !instant.isAfter(t)).orElse(true);
    }
}
