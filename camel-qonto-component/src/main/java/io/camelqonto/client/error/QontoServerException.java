package io.camelqonto.client.error;

import java.util.List;

/** HTTP 5xx: Qonto failed; retried first when the call was safe to repeat. */
public class QontoServerException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoServerException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
