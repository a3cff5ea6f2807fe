package io.camelqonto.client.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Base of every error Qonto answered with. Carries the HTTP status, Qonto's error entries and the
 * {@code trace_id} that Qonto support asks for. Messages never contain credentials or full IBANs.
 */
public class QontoException extends RuntimeException {

    /** The HTTP status of Qonto's answer; 0 when none was received. */
    private final int status;
    /** Qonto's error entries. */
    private final List<QontoError> errors;
    /** Qonto's trace id, or null. */
    private final String traceId;

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoException(String message, int status, List<QontoError> errors, String traceId) {
        this(message, status, errors, traceId, null);
    }

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with, or 0 when no answer was received
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     * @param cause   the underlying failure, or null
     */
    public QontoException(String message, int status, List<QontoError> errors, String traceId, Throwable cause) {
        super(describe(message, status, errors, traceId), cause);
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.traceId = traceId;
    }

    private static String describe(String message, int status, List<QontoError> errors, String traceId) {
        StringBuilder sb = new StringBuilder(message);
        if (status > 0) {
            sb.append(" [HTTP ").append(status).append(']');
        }
        if (errors != null && !errors.isEmpty()) {
            sb.append(": ").append(errors.stream().map(QontoError::toString).collect(Collectors.joining("; ")));
        }
        if (traceId != null) {
            sb.append(" (trace_id ").append(traceId).append(')');
        }
        return sb.toString();
    }

    /** {@return HTTP status of Qonto's answer; 0 when no answer was received} */
    public int status() {
        return status;
    }

    /** {@return Qonto's error entries, in order; empty when it sent none} */
    public List<QontoError> errors() {
        return errors;
    }

    /** {@return Qonto's error codes, in order} */
    public List<String> codes() {
        return errors.stream().map(QontoError::code).toList();
    }

    /** {@return Qonto's trace id ({@code X-Tyk-Trace-Id}), which Qonto support asks for; null when not sent} */
    public String traceId() {
        return traceId;
    }
}
