package io.camelqonto.client.error;

/**
 * Qonto's answer was larger than {@code maxResponseSize}; it was not read further and the connection was closed. The
 * call is not retried, since the same answer would come again. A write's outcome is unknown: Qonto answered it.
 */
public class QontoResponseTooLargeException extends QontoTransportException {

    private final long maxResponseSize;

    public QontoResponseTooLargeException(String message, int status, long maxResponseSize, Throwable cause) {
        super(message, status, cause);
        this.maxResponseSize = maxResponseSize;
    }

    /** The limit in bytes that the answer went beyond. */
    public long maxResponseSize() {
        return maxResponseSize;
    }
}
