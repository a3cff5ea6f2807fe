package io.camelqonto.client.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A timestamp a consumer can resume a collection from: Qonto filters on {@code <name>_from} and sorts on
 * {@code <name>:asc}, and the accessor reads the value from an item of the collection.
 *
 * @param name     Qonto's field name, e.g. {@code updated_at}
 * @param accessor reads the field from an item of the operation's model type
 */
public record CursorField(String name, Function<Object, Instant> accessor) {

    public CursorField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** The query parameter holding the lower bound. */
    public String fromParameter() {
        return name + "_from";
    }

    /** The value of an item, or null when it has none yet (a pending transaction has no settled_at). */
    public Instant valueOf(Object item) {
        return accessor.apply(item);
    }
}
