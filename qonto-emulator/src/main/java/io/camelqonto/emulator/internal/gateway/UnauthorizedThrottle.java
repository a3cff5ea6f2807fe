package io.camelqonto.emulator.internal.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/** Qonto throttles an IP that got more than 200 responses with status 401 within an hour. Thread-safe. */
public final class UnauthorizedThrottle {

    private static final int MAX_UNAUTHORIZED = 200;

    private final Clock clock;
    private final SlidingWindowLog unauthorized = new SlidingWindowLog(Duration.ofHours(1));

    public UnauthorizedThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return empty while the client is not throttled, else the seconds until it no longer is */
    public synchronized OptionalLong check(String clientIp) {
        long now = clock.millis();
        if (unauthorized.count(clientIp, now) > MAX_UNAUTHORIZED) {
            return OptionalLong.of(unauthorized.secondsUntilBelow(clientIp, MAX_UNAUTHORIZED + 1, now));
        }
        return OptionalLong.empty();
    }

    public synchronized void recordUnauthorized(String clientIp) {
        unauthorized.record(clientIp, clock.millis());
    }

    public synchronized void clear() {
        unauthorized.clear();
    }
}
