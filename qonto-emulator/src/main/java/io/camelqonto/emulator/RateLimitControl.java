package io.camelqonto.emulator;

import io.camelqonto.emulator.internal.gateway.RateLimiter;
import java.time.Duration;

/** Changes the per-IP rate limit, e.g. to make it reachable in a test. */
public final class RateLimitControl {

    private final RateLimiter limiter;
    private final int configuredLimit;
    private final Duration configuredWindow;

    RateLimitControl(RateLimiter limiter, int configuredLimit, Duration configuredWindow) {
        this.limiter = limiter;
        this.configuredLimit = configuredLimit;
        this.configuredWindow = configuredWindow;
    }

    /**
     * Replaces the short window (1,000 requests per 10 s by default); the 10,000 per 10 min limit stays.
     *
     * @param perWindow the calls allowed in one window
     * @param window the length of the window
     */
    public void set(int perWindow, Duration window) {
        limiter.configure(perWindow, window);
    }

    /** Back to the limit the emulator was built with, and no request counted. */
    public void reset() {
        limiter.configure(configuredLimit, configuredWindow);
        limiter.clear();
    }
}
