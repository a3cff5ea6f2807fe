package io.camelqonto.emulator.internal.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Qonto's per-IP request limits: a short window (1,000 requests per 10 seconds) and a long one (10,000 per
 * 10 minutes). The short one can be changed at run time to make limits reachable in tests. Thread-safe.
 */
public final class RateLimiter {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);
    private static final int LONG_LIMIT = 10_000;
    private static final Duration LONG_WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final SlidingWindowLog longWindow = new SlidingWindowLog(LONG_WINDOW);
    private int shortLimit;
    private SlidingWindowLog shortWindow;

    public RateLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        configure(limit, window);
    }

    /** Replaces the short window's limit and length, and forgets its past requests. */
    public synchronized void configure(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window");
        }
        this.shortLimit = limit;
        this.shortWindow = new SlidingWindowLog(window);
    }

    /**
     * Counts a request of that client unless it is over a limit.
     *
     * @return empty when the request may proceed, else the seconds the client should wait
     */
    public synchronized OptionalLong acquire(String clientIp) {
        long now = clock.millis();
        for (Limit limit : List.of(new Limit(shortWindow, shortLimit), new Limit(longWindow, LONG_LIMIT))) {
            if (limit.log().count(clientIp, now) >= limit.limit()) {
                return OptionalLong.of(limit.log().secondsUntilBelow(clientIp, limit.limit(), now));
            }
        }
        shortWindow.record(clientIp, now);
        longWindow.record(clientIp, now);
        return OptionalLong.empty();
    }

    public synchronized void clear() {
        shortWindow.clear();
        longWindow.clear();
    }

    private record Limit(SlidingWindowLog log, int limit) {
    }
}
