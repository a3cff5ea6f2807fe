package io.camelqonto.client.error;

import java.util.List;

/**
 * No usable answer: connection refused or dropped, timeout, or a body that is not JSON. When the
 * call was a write without idempotency key, its outcome is unknown and it was not retried.
 */
public class QontoTransportException extends QontoException {

    /**
     * @param message what failed
     * @param cause   the I/O or parsing failure
     */
    public QontoTransportException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    /**
     * For an answer that arrived but could not be used, with its status.
     *
     * @param message what failed
     * @param status  the HTTP status of the answer
     * @param cause   the I/O or parsing failure
     */
    protected QontoTransportException(String message, int status, Throwable cause) {
        super(message, status, List.of(), null, cause);
    }
}
