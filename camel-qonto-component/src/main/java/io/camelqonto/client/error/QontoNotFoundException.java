package io.camelqonto.client.error;

import java.util.List;

/** HTTP 404: the resource does not exist or is not visible to these credentials. */
public class QontoNotFoundException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoNotFoundException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
