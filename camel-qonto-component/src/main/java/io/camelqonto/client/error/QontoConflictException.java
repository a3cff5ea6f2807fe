package io.camelqonto.client.error;

import java.util.List;

/** HTTP 409 or 412: the resource is not in a state that allows this action. */
public class QontoConflictException extends QontoException {

    public QontoConflictException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
