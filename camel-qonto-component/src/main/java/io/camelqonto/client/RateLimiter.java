package io.camelqonto.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Client-side limit on requests per time window. Qonto counts requests per IP address (1,000 per
 * 10 seconds), so every client of one process that talks to Qonto should share one limiter: the
 * Camel component hands the same instance to all its endpoints. {@link #acquire()} blocks until a
 * request may go.
 */
public final class RateLimiter {

    /** {@return Qonto's published limit} */
    public static RateLimiter qontoDefault() {
        return new RateLimiter(1000, Duration.ofSeconds(10));
    }

    private final int permits;
    private final long windowNanos;
    private final Deque<Long> sent = new ArrayDeque<>();

    /**
     * A limit of {@code permits} requests in any window of this length.
     *
     * @param permits requests allowed per window, at least 1
     * @param window the length of the window, positive
     */
    public RateLimiter(int permits, Duration window) {
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive window");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
    }

    /**
     * Waits until one more request fits in the window, then counts it.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
                    sent.pollFirst();
                }
                if (sent.size() < permits) {
                    sent.addLast(now);
                    return;
                }
                waitNanos = windowNanos - (now - sent.peekFirst());
            }
            Thread.sleep(Math.max(1, waitNanos / 1_000_000));
        }
    }

    /** {@return the requests allowed per window} */
    public int permits() {
        return permits;
    }

    /** {@return the length of the window} */
    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    @Override
    public String toString() {
        return "RateLimiter[" + permits + " per " + window() + "]";
    }
}
