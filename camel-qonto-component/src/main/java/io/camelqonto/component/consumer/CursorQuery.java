package io.camelqonto.component.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.CursorField;

/**
 * The query a consumer sends: the endpoint's filters, plus the cursor field's lower bound (its
 * {@link CursorField#fromParameter()}, usually {@code <cursorField>_from}) set to the cursor and
 * {@code sort_by=<cursorField>:asc}, so that each answer starts where the previous delivery ended.
 */
final class CursorQuery {

    private final QontoOperation operation;
    private final String cursorField;
    private final String fromParameter;
    private final Supplier<Map<String, List<String>>> filters;
    private final String lowerBound;
    private final int perPage;

    /**
     * @param declared the endpoint's filter parameters as configured; a filter on the cursor field itself (e.g.
     *                 createdAtFrom with cursor created_at) becomes the lower bound the cursor never goes below
     * @param sent     the filter parameters as sent, asked for at each poll because resolving them may call Qonto
     */
    CursorQuery(QontoOperation operation, String cursorField, Map<String, List<String>> declared,
                Supplier<Map<String, List<String>>> sent, int perPage) {
        this.operation = operation;
        this.cursorField = cursorField;
        this.fromParameter = operation.cursorFields().stream().filter(field -> field.name().equals(cursorField))
                .map(CursorField::fromParameter).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        cursorField + " is not a cursor field of " + operation));
        this.perPage = perPage;
        this.filters = sent;
        List<String> bound = declared.get(fromParameter);
        this.lowerBound = bound == null ? null : bound.get(0);
    }

    String cursorField() {
        return cursorField;
    }

    /** The items at or after {@code from} (null for no bound but the endpoint's own), page by page. */
    QontoCall call(Instant from) {
        QontoCall.Builder call = QontoCall.of(operation);
        filters.get().forEach((name, values) -> {
            if (!name.equals(fromParameter)) {
                call.queryAll(name, values);
            }
        });
        call.query(fromParameter, from(from));
        call.query("sort_by", cursorField + ":asc");
        call.query("per_page", perPage);
        return call.build();
    }

    /** The later of the cursor and the endpoint's own lower bound, as sent to Qonto; null for no bound. */
    private String from(Instant cursor) {
        if (cursor == null) {
            return lowerBound;
        }
        if (lowerBound != null && !toInstant(lowerBound).isBefore(cursor)) {
            return lowerBound;
        }
        return cursor.toString();
    }

    private static Instant toInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException dateOnly) {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /**
     * The state key when none is configured: resource, cursor field and a digest of the filters, so that two routes
     * reading the same resource with different filters keep separate cursors. The digest keeps IBANs and other filter
     * values out of the key (which repositories may log) and keeps it free of characters they refuse.
     */
    static String defaultStateKey(String resource, String cursorField, Map<String, List<String>> filters) {
        String key = "qonto:" + resource + ":" + cursorField;
        if (filters.isEmpty()) {
            return key;
        }
        StringBuilder canonical = new StringBuilder();
        filters.forEach((name, values) -> canonical.append(name).append('=').append(String.join(",", values))
                .append('&'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return key + ":" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
