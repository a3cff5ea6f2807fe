package io.camelqonto.client.error;

/**
 * One entry of Qonto's {@code errors} list (or its object form).
 *
 * @param code      machine-readable code, e.g. {@code not_in_list}, {@code invalid_iban}
 * @param detail    human-readable explanation from Qonto
 * @param pointer   JSON pointer of the offending body field, e.g. {@code /transfer/amount}, or null
 * @param parameter name of the offending query parameter, or null
 */
public record QontoError(String code, String detail, String pointer, String parameter) {

    /** The field this error is about, as a pointer or parameter name; null when Qonto names none. */
    public String field() {
        return pointer != null ? pointer : parameter;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code == null ? "error" : code);
        if (field() != null) {
            sb.append(" at ").append(field());
        }
        if (detail != null) {
            sb.append(" (").append(detail).append(')');
        }
        return sb.toString();
    }
}
