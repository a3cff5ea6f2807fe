package io.camelqonto.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Client-side budget of requests. Qonto counts requests per IP address in two windows, 1,000 per 10 seconds and
 * 10,000 per 10 minutes, so every client of one process that talks to Qonto should share one limiter: the Camel
 * component hands the same instance to all its endpoints, and components given the same instance share it too.
 * <p>
 * Permits are spread over each window rather than handed out until the window is spent: after a quiet spell a few
 * requests (a fiftieth of a window) may go at once, then they follow each other at an even pace that keeps every
 * window, measured from any instant, within its limit. A request is counted when it leaves (the HTTP client takes the
 * permit once it holds a connection), so retries count like any other request.
 * <p>
 * {@link #pause(Duration)} stops everyone sharing the limiter, for when Qonto answers {@code 429} or
 * {@code Retry-After}: the budget is per IP address, so what one caller was told holds for all of them.
 */
public final class RateLimiter {

    /** Qonto's published limit per IP address in its 10-second window. */
    public static final int QONTO_PER_TEN_SECONDS = 1000;
    /** Qonto's published limit per IP address in its 10-minute window. */
    public static final int QONTO_PER_TEN_MINUTES = 10000;

    /** The share of a window that may go at once; the rest is spread evenly over the window. */
    private static final int BURST_DIVISOR = 50;
    /** A Retry-After longer than this is taken as this: Qonto's longest window is ten minutes. */
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /**
     * At most {@code permits} requests in any span of {@code length}.
     */
    public record Window(int permits, Duration length) {
        public Window {
            Objects.requireNonNull(length, "length");
            if (permits < 1 || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a rate window needs at least one request per positive duration");
            }
        }

        @Override
        public String toString() {
            return permits + " per " + length;
        }
    }

    /** Where the limiter reads the time and waits; tests drive it with a clock of their own. */
    interface Clock {
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private final List<Window> windows;
    private final Clock clock;
    /** Per window: the time between two permits at the steady pace. */
    private final long[] interval;
    /** Per window: how far a permit may run ahead of the steady pace, which is what lets a short burst through. */
    private final long[] tolerance;
    /** Per window: when the next permit is due at the steady pace (a generic cell rate algorithm). */
    private final long[] due;
    private long pausedUntil;

    /** Qonto's published limits: 1,000 requests per 10 seconds and 10,000 per 10 minutes. */
    public static RateLimiter qontoDefault() {
        return qonto(QONTO_PER_TEN_SECONDS, QONTO_PER_TEN_MINUTES);
    }

    /** Qonto's two windows with the limits Qonto granted, which may be higher than the published ones. */
    public static RateLimiter qonto(int perTenSeconds, int perTenMinutes) {
        return new RateLimiter(new Window(perTenSeconds, Duration.ofSeconds(10)),
                new Window(perTenMinutes, Duration.ofMinutes(10)));
    }

    /** A limiter that keeps every one of these windows. */
    public RateLimiter(Window... windows) {
        this(List.of(windows), Clock.SYSTEM);
    }

    RateLimiter(List<Window> windows, Clock clock) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a rate limiter needs at least one window");
        }
        this.windows = List.copyOf(windows);
        this.clock = clock;
        int count = this.windows.size();
        this.interval = new long[count];
        this.tolerance = new long[count];
        this.due = new long[count];
        long now = clock.nanoTime();
        for (int i = 0; i < count; i++) {
            Window window = this.windows.get(i);
            int burst = Math.max(1, window.permits() / BURST_DIVISOR);
            // With a burst of b, any span shorter than (window / interval) intervals holds at most
            // window / interval + b - 1 permits. Pacing at permits - b per window keeps any span of the window plus
            // one interval within the limit: that interval absorbs the jitter between leaving here and arriving at
            // Qonto. Rounding the interval up keeps the bound exact.
            long steady = Math.max(1, window.permits() - burst);
            long length = window.length().toNanos();
            interval[i] = length / steady + (length % steady == 0 ? 0 : 1);
            tolerance[i] = (burst - 1) * interval[i];
            due[i] = now;
        }
        this.pausedUntil = now;
    }

    /**
     * Waits until one more request fits in every window and no pause is in effect, then counts it. A caller
     * interrupted while waiting loses the permit it was waiting for; the budget errs on the safe side.
     */
    public void acquire() throws InterruptedException {
        long at;
        synchronized (this) {
            at = later(clock.nanoTime(), pausedUntil);
            for (int i = 0; i < due.length; i++) {
                at = later(at, due[i] - tolerance[i]);
            }
            for (int i = 0; i < due.length; i++) {
                due[i] = later(due[i], at) + interval[i];
            }
        }
        sleepUntil(at);
        // a pause that began while this caller waited for its turn holds for it too
        long until;
        while ((until = pauseEnd()) - clock.nanoTime() > 0) {
            sleepUntil(until);
        }
    }

    /**
     * Lets nobody sharing this limiter send for {@code duration} from now, e.g. after Qonto's {@code Retry-After}. A
     * shorter pause never ends a longer one already in effect.
     */
    public void pause(Duration duration) {
        long nanos = duration.isNegative() ? 0 : duration.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE.toNanos()
                : duration.toNanos();
        synchronized (this) {
            pausedUntil = later(pausedUntil, clock.nanoTime() + nanos);
        }
    }

    /** How long the current pause lasts from now; zero when there is none. */
    public Duration pauseRemaining() {
        long remaining = pauseEnd() - clock.nanoTime();
        return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    }

    public List<Window> windows() {
        return windows;
    }

    private synchronized long pauseEnd() {
        return pausedUntil;
    }

    private void sleepUntil(long at) throws InterruptedException {
        long wait;
        // a sleep may end a fraction of a millisecond early; the permit must not
        while ((wait = at - clock.nanoTime()) > 0) {
            clock.sleep(wait);
        }
    }

    /** The later of two {@link System#nanoTime()} readings, which are only comparable by their difference. */
    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "RateLimiter[" + windows.stream().map(Window::toString).collect(Collectors.joining(", ")) + "]";
    }
}
