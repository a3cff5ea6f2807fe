package io.camelqonto.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * window, measured from any instant and stretched by a fiftieth for the jitter between here and Qonto, within its
 * limit: about 96% of each window's budget at a sustained pace. A request is counted when it leaves (the HTTP client takes the
 * permit once it holds a connection), so retries count like any other request.
 * <p>
 * {@link #pause(Duration)} stops everyone sharing the limiter, for when Qonto answers {@code 429} or
 * {@code Retry-After}: the budget is per IP address, so what one caller was told holds for all of them.
 * <p>
 * {@link #usage()} tells how much of each window the requests that left have used, for monitoring.
 */
public final class RateLimiter {

    /** Qonto's published limit per IP address in its 10-second window. */
    public static final int QONTO_PER_TEN_SECONDS = 1000;
    /** Qonto's published limit per IP address in its 10-minute window. */
    public static final int QONTO_PER_TEN_MINUTES = 10000;

    /** The share of a window that may go at once; the rest is spread evenly over the window. */
    private static final int BURST_DIVISOR = 50;
    /**
     * The share of a window by which a request may reach Qonto late next to another without exceeding the window:
     * 200 ms of Qonto's 10 seconds, at the cost of about 2% of the budget.
     */
    private static final int JITTER_MARGIN_DIVISOR = 50;
    /** Requests are counted for {@link #usage()} in this many slices of each window. */
    private static final int USAGE_SLICES = 50;
    /** A Retry-After longer than this is taken as this: Qonto's longest window is ten minutes. */
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /**
     * At most {@code permits} requests in any span of {@code length}.
     */
    public record Window(int permits, Duration length) {
        /**
         * Checks that the window allows at least one request in a positive length of time.
         *
         * @param permits the most requests in any span of the length, at least 1
         * @param length  the span, positive
         * @throws IllegalArgumentException when either is not
         */
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

    /**
     * How much of one window the requests that left through this limiter have used. Requests are counted in fiftieths
     * of the window: one leaves the count between 49/50 of the window and a whole window after it left.
     *
     * @param used the requests that left in the last window length
     */
    public record Usage(Window window, int used) {

        /**
         * {@return what the window still allows by this limiter's count} Requests that other processes on the same
         * IP address send to Qonto, or that go through another limiter, are not seen here.
         */
        public int remaining() {
            return Math.max(0, window.permits() - used);
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
    /** Per window: the requests that left, for {@link #usage()}. */
    private final SlidingCount[] sent;
    private long pausedUntil;

    /** {@return a limiter with Qonto's published limits: 1,000 requests per 10 seconds and 10,000 per 10 minutes} */
    public static RateLimiter qontoDefault() {
        return qonto(QONTO_PER_TEN_SECONDS, QONTO_PER_TEN_MINUTES);
    }

    /**
     * Qonto's two windows with the limits Qonto granted, which may be higher than the published ones.
     *
     * @param perTenSeconds the most requests in any 10 seconds
     * @param perTenMinutes the most requests in any 10 minutes
     * @return the limiter
     * @throws IllegalArgumentException when a limit is below 1
     */
    public static RateLimiter qonto(int perTenSeconds, int perTenMinutes) {
        return new RateLimiter(new Window(perTenSeconds, Duration.ofSeconds(10)),
                new Window(perTenMinutes, Duration.ofMinutes(10)));
    }

    /**
     * A limiter that keeps every one of these windows.
     *
     * @param windows the windows, at least one
     * @throws IllegalArgumentException when there is none
     */
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
        this.sent = new SlidingCount[count];
        long now = clock.nanoTime();
        for (int i = 0; i < count; i++) {
            Window window = this.windows.get(i);
            int burst = Math.max(1, window.permits() / BURST_DIVISOR);
            // With a burst of b, a span of n intervals holds at most n + b permits. Pacing permits - b over the
            // window plus a margin keeps any span of that longer length within the limit: requests leave here evenly
            // but reach Qonto with the jitter of threads, connections and the network, and two of them may arrive
            // up to the margin closer together than they left without Qonto counting one too many. Rounding the
            // interval up keeps the bound exact.
            long steady = Math.max(1, window.permits() - burst);
            long length = window.length().toNanos();
            long paced = length + length / JITTER_MARGIN_DIVISOR;
            interval[i] = paced / steady + (paced % steady == 0 ? 0 : 1);
            tolerance[i] = (burst - 1) * interval[i];
            due[i] = now;
            sent[i] = new SlidingCount(length, now);
        }
        this.pausedUntil = now;
    }

    /**
     * Waits until one more request fits in every window and no pause is in effect, then counts it. A caller
     * interrupted while waiting loses the permit it was waiting for; the budget errs on the safe side.
     *
     * @throws InterruptedException when the caller is interrupted while it waits
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
        synchronized (this) {
            long now = clock.nanoTime();
            for (SlidingCount count : sent) {
                count.add(now);
            }
        }
    }

    /** {@return per window, in the order of {@link #windows()}: the requests that left in the last window length} */
    public synchronized List<Usage> usage() {
        long now = clock.nanoTime();
        List<Usage> usage = new ArrayList<>(windows.size());
        for (int i = 0; i < sent.length; i++) {
            usage.add(new Usage(windows.get(i), sent[i].total(now)));
        }
        return List.copyOf(usage);
    }

    /**
     * Lets nobody sharing this limiter send for {@code duration} from now, e.g. after Qonto's {@code Retry-After}. A
     * shorter pause never ends a longer one already in effect.
     *
     * @param duration how long to pause; a negative one is none, one longer than an hour is an hour
     */
    public void pause(Duration duration) {
        long nanos = duration.isNegative() ? 0 : duration.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE.toNanos()
                : duration.toNanos();
        synchronized (this) {
            pausedUntil = later(pausedUntil, clock.nanoTime() + nanos);
        }
    }

    /** {@return how long the current pause lasts from now; zero when there is none} */
    public Duration pauseRemaining() {
        long remaining = pauseEnd() - clock.nanoTime();
        return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    }

    /** {@return the windows this limiter keeps} */
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

    /** Counts events in the slices of a window; not thread-safe, the limiter's lock guards it. */
    private static final class SlidingCount {
        private final long origin;
        private final long sliceNanos;
        /** Per slot: which slice (counted from the origin) it holds, and how many events. */
        private final long[] slice = new long[USAGE_SLICES];
        private final int[] events = new int[USAGE_SLICES];

        SlidingCount(long windowNanos, long origin) {
            this.origin = origin;
            this.sliceNanos = Math.max(1, windowNanos / USAGE_SLICES);
            Arrays.fill(slice, Long.MIN_VALUE);
        }

        void add(long now) {
            long current = Math.floorDiv(now - origin, sliceNanos);
            int slot = (int) Math.floorMod(current, USAGE_SLICES);
            if (slice[slot] != current) {
                slice[slot] = current;
                events[slot] = 0;
            }
            events[slot]++;
        }

        int total(long now) {
            long current = Math.floorDiv(now - origin, sliceNanos);
            int total = 0;
            for (int slot = 0; slot < USAGE_SLICES; slot++) {
                long age = current - slice[slot];
                if (slice[slot] != Long.MIN_VALUE && age >= 0 && age < USAGE_SLICES) {
                    total += events[slot];
                }
            }
            return total;
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
