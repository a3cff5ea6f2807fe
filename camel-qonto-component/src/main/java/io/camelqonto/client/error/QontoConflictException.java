package io.camelqonto.client.error;

import java.util.List;

/** HTTP 409 or 412: the resource is not in a state that allows this action. */
public class QontoConflictException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoConflictException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
