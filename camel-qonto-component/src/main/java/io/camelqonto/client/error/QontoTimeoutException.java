package io.camelqonto.client.error;

/**
 * The call did not complete within its {@code callTimeout}: waiting for the rate limiter, every attempt and the waits
 * between attempts all count, and so does an answer that arrives too slowly, even when each part of it comes within
 * the response timeout. A write's outcome is then unknown, as for any {@link QontoTransportException}.
 */
public class QontoTimeoutException extends QontoTransportException {

    public QontoTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
