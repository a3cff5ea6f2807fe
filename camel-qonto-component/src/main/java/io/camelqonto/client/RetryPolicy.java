package io.camelqonto.client;

import java.time.Duration;

/**
 * How calls are retried: a 429 on any call (Qonto did nothing), a 500 on reads, and 502, 503, 504,
 * I/O errors and garbled answers on calls that are safe to repeat (reads, and writes carrying an
 * idempotency key). Exponential backoff with full jitter, and Qonto's {@code Retry-After} honoured as
 * long as it does not exceed {@code maxRetryAfter} (a longer wait fails at once instead of blocking
 * the route).
 *
 * @param maxAttempts    attempts in all, the first included; 1 disables retries
 * @param initialBackoff wait before the first retry
 * @param maxBackoff     cap of the exponential wait
 * @param maxRetryAfter  longest {@code Retry-After} that is waited for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Four attempts, backoff from 500 ms up to 10 s, Retry-After honoured up to 30 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10),
            Duration.ofSeconds(30));
    /** One attempt: every failure is final. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /**
     * Checks the values.
     *
     * @param maxAttempts    attempts in all, the first included; at least 1
     * @param initialBackoff wait before the first retry, not negative
     * @param maxBackoff     cap of the exponential wait, not negative
     * @param maxRetryAfter  longest {@code Retry-After} that is waited for, not negative
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }
}
