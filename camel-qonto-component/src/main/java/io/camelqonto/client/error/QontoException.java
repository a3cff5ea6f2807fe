package io.camelqonto.client.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Base of every error Qonto answered with. Carries the HTTP status, Qonto's error entries and the
 * {@code trace_id} that Qonto support asks for. Messages never contain credentials or full IBANs.
 */
public class QontoException extends RuntimeException {

    private final int status;
    private final List<QontoError> errors;
    private final String traceId;

    public QontoException(String message, int status, List<QontoError> errors, String traceId) {
        this(message, status, errors, traceId, null);
    }

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

    public List<QontoError> errors() {
        return errors;
    }

    /** {@return Qonto's error codes, in order} */
    public List<String> codes() {
        return errors.stream().map(QontoError::code).toList();
    }

    public String traceId() {
        return traceId;
    }
}
