package io.camelqonto.client.error;

/**
 * Qonto's answer was larger than {@code maxResponseSize}; it was not read further and the connection was closed. The
 * call is not retried, since the same answer would come again. A write's outcome is unknown: Qonto answered it.
 */
public class QontoResponseTooLargeException extends QontoTransportException {

    /** The limit in bytes that the answer went beyond. */
    private final long maxResponseSize;

    /**
     * An answer cut off at the limit.
     *
     * @param message         what was called, and the limit
     * @param status          the HTTP status of the answer
     * @param maxResponseSize the limit in bytes that the answer went beyond
     * @param cause           the failure that stopped the reading, or null
     */
    public QontoResponseTooLargeException(String message, int status, long maxResponseSize, Throwable cause) {
        super(message, status, cause);
        this.maxResponseSize = maxResponseSize;
    }

    /** {@return the limit in bytes that the answer went beyond} */
    public long maxResponseSize() {
        return maxResponseSize;
    }
}
