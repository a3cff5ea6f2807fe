package io.camelqonto.model;

/**
 * One reason why an input cannot be sent to Qonto.
 *
 * @param field  the JSON path of the offending field, e.g. {@code transfer.amount}
 * @param reason what is wrong with it, never the full value when it is sensitive
 */
public record Violation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
