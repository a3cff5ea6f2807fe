package io.camelqonto.client.error;

/**
 * The call did not complete within its {@code callTimeout}: waiting for the rate limiter, every attempt and the waits
 * between attempts all count, and so does an answer that arrives too slowly, even when each part of it comes within
 * the response timeout. A write's outcome is then unknown, as for any {@link QontoTransportException}.
 */
public class QontoTimeoutException extends QontoTransportException {

    /**
     * A call that ran out of time.
     *
     * @param message what was called, and how long it was given
     * @param cause   the failure the deadline caused, or null
     */
    public QontoTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
