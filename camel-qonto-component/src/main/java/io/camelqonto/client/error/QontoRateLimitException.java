package io.camelqonto.client.error;

import java.time.Duration;
import java.util.List;

/**
 * HTTP 429 after the retries allowed by the retry policy, or a 429 or 503 whose Retry-After is longer
 * than its cap.
 */
public class QontoRateLimitException extends QontoException {

    private final Duration retryAfter;

    public QontoRateLimitException(String message, List<QontoError> errors, String traceId, Duration retryAfter) {
        this(message, 429, errors, traceId, retryAfter);
    }

    /**
     * For an answer that asks the caller to come back later with another status than 429, e.g. a 503
     * with a {@code Retry-After} longer than the retry policy waits.
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
