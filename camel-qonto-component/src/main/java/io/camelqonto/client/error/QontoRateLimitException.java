package io.camelqonto.client.error;

import java.time.Duration;
import java.util.List;

/**
 * HTTP 429 after the retries allowed by the retry policy, or a 429 or 503 whose Retry-After is longer
 * than its cap.
 */
public class QontoRateLimitException extends QontoException {

    /** The wait Qonto asked for, or null. */
    private final Duration retryAfter;

    /**
     * @param message    what failed
     * @param errors     Qonto's error entries
     * @param traceId    Qonto's trace id, or null
     * @param retryAfter the wait Qonto asked for, or null
     */
    public QontoRateLimitException(String message, List<QontoError> errors, String traceId, Duration retryAfter) {
        this(message, 429, errors, traceId, retryAfter);
    }

    /**
     * For an answer that asks the caller to come back later with another status than 429, e.g. a 503
     * with a {@code Retry-After} longer than the retry policy waits.
     *
     * @param message    what failed
     * @param status     the HTTP status Qonto answered with
     * @param errors     Qonto's error entries
     * @param traceId    Qonto's trace id, or null
     * @param retryAfter the wait Qonto asked for, or null
     */
    public QontoRateLimitException(String message, int status, List<QontoError> errors, String traceId,
            Duration retryAfter) {
        super(message, status, errors, traceId);
        this.retryAfter = retryAfter;
    }

    /** {@return the wait Qonto asked for, or null when it sent no Retry-After} */
    public Duration retryAfter() {
        return retryAfter;
    }
}
