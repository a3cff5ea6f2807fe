package io.camelqonto.client;

import java.time.Duration;

/** The instant by which a call must be over, on the monotonic clock. */
final class Deadline {

    private final long at;
    private final Duration timeout;

    private Deadline(long at, Duration timeout) {
        this.at = at;
        this.timeout = timeout;
    }

    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
    }

    /** Nanoseconds left; zero or less once the deadline has passed. */
    long remainingNanos() {
        return at - System.nanoTime();
    }

    /** Whether a wait of this length ends before the deadline. */
    boolean allows(Duration wait) {
        return wait.compareTo(Duration.ofNanos(remainingNanos())) < 0;
    }

    /** The timeout the deadline was set with, for messages. */
    Duration timeout() {
        return timeout;
    }
}
