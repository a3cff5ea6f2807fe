package io.camelqonto.client.catalog;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value of a result worth handing out beside it (as a header, in Camel): the request type of an approval request,
 * the side of a transaction, the match result of a payee verification.
 *
 * @param name     a snake_case name, e.g. {@code request_type}
 * @param accessor reads it from the operation's model
 */
public record ResultValue(String name, Function<Object, Object> accessor) {

    /**
     * Checks that every component is set.
     *
     * @param name     a snake_case name
     * @param accessor reads it from the operation's model
     */
    public ResultValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessor, "accessor");
    }

    /**
     * Reads the value from a result.
     *
     * @param result a result of the operation, of its model type
     * @return the value, or null when the result has none
     */
    public Object valueOf(Object result) {
        return accessor.apply(result);
    }
}
