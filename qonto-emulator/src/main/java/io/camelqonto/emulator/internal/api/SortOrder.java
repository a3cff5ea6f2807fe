package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A {@code sort_by=<field>:<asc|desc>} parameter. */
public record SortOrder(String field, boolean descending) {

    /**
     * Reads {@code sort_by}, accepting only the given fields.
     *
     * @param fallback the order when the parameter is absent, e.g. {@code settled_at:desc}
     */
    public static SortOrder read(QueryReader query, List<String> fields, String fallback) {
        List<String> allowed = new ArrayList<>();
        for (String field : fields) {
            allowed.add(field + ":asc");
            allowed.add(field + ":desc");
        }
        String value = query.enumValue("sort_by", allowed).orElse(fallback);
        int colon = value.indexOf(':');
        return new SortOrder(value.substring(0, colon), value.endsWith(":desc"));
    }

    /** {@return orders by the field's text (timestamps and dates sort as text in Qonto's formats), then by id} */
    public Comparator<ObjectNode> comparator() {
        return comparator(document -> document.get(field).isNull() ? null : document.get(field).asText());
    }

    /**
     * Orders by a key derived from each document, then by id so that equal keys always come out in the same
     * order. Null keys sort as the largest value, as in PostgreSQL: last ascending, first descending.
     */
    public Comparator<ObjectNode> comparator(Function<ObjectNode, String> key) {
        Comparator<ObjectNode> byKey = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
        return (descending ? byKey.reversed() : byKey).thenComparing(document -> document.get("id").asText());
    }
}
