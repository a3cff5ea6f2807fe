package io.camelqonto.component;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a producer does with its resource. The names are the values of the {@code operation} option and of the
 * {@code CamelQontoOperation} header; {@link QontoResource} maps each to the Qonto call it makes.
 */
public enum QontoOperations {
    list,
    get,
    create,
    update,
    cancel,
    downloadProof,
    verifyPayee,
    approve,
    decline,
    untrust;

    /** The operation of that exact name, if there is one. */
    public static Optional<QontoOperations> of(String name) {
        return Arrays.stream(values()).filter(op -> op.name().equals(name)).findFirst();
    }
}
