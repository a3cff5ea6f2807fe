package io.camelqonto.client.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A timestamp a consumer can resume a collection from: Qonto filters on {@code fromParameter} (usually
 * {@code <name>_from}) and sorts on {@code <name>:asc}, and the accessor reads the value from an item of the
 * collection.
 *
 * @param name          Qonto's field name, e.g. {@code updated_at}
 * @param fromParameter the query parameter holding the lower bound, e.g. {@code filter[created_at_from]}
 * @param accessor      reads the field from an item of the operation's model type
 */
public record CursorField(String name, String fromParameter, Function<Object, Instant> accessor) {

    /**
     * Checks that every component is set.
     *
     * @param name          Qonto's field name
     * @param fromParameter the query parameter holding the lower bound
     * @param accessor      reads the field from an item
     */
    public CursorField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fromParameter, "fromParameter");
        Objects.requireNonNull(accessor, "accessor");
    }

    /**
     * A field whose lower bound is {@code <name>_from}, as on most of Qonto's lists.
     *
     * @param name     Qonto's field name, e.g. {@code updated_at}
     * @param accessor reads the field from an item of the operation's model type
     */
    public CursorField(String name, Function<Object, Instant> accessor) {
        this(name, name + "_from", accessor);
    }

    /**
     * Reads the field from an item.
     *
     * @param item an item of the collection, of the operation's model type
     * @return the value, or null when the item has none yet (a pending transaction has no settled_at)
     */
    public Instant valueOf(Object item) {
        return accessor.apply(item);
    }
}
