package io.camelqonto.component;

/** What the body of a consumed item or a producer's result holds. */
public enum QontoOutputType {
    /** the typed model, which keeps every key Qonto sent */
    model,
    /** Qonto's JSON, as a string */
    json,
    /** the JSON as a {@code Map} (lists of them for lists) */
    map
}
