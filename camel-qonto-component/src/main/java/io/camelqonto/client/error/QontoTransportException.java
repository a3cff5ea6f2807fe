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
        super(message, 0, List.of(), null, cause);
    }
}
