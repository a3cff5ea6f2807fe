package io.camelqonto.client.error;

import java.util.List;

/** HTTP 5xx: Qonto failed; retried first when the call was safe to repeat. */
public class QontoServerException extends QontoException {

    public QontoServerException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
