package io.camelqonto.client.error;

import java.util.List;

/** HTTP 400 or 422: Qonto refused the input; {@link #errors()} names the fields. */
public class QontoValidationException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoValidationException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }

    /** {@return the fields (pointers or parameters) Qonto complained about} */
    public List<String> fields() {
        return errors().stream().map(QontoError::field).filter(f -> f != null).toList();
    }
}
