package io.camelqonto.client.error;

import java.util.List;

/** HTTP 404: the resource does not exist or is not visible to these credentials. */
public class QontoNotFoundException extends QontoException {

    public QontoNotFoundException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
