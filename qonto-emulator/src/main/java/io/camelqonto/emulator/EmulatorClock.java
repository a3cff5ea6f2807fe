package io.camelqonto.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move: give it to {@link QontoEmulator.Builder#clock(Clock)} to
 * test expiries (access tokens, the refresh grace period, SCA sessions, idempotency keys, rate windows)
 * without waiting. Thread-safe.
 */
public final class EmulatorClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private EmulatorClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at this instant, in UTC.
     *
     * @param instant where the clock stands
     * @return the clock
     */
    public static EmulatorClock at(Instant instant) {
        return new EmulatorClock(new AtomicReference<>(instant), ZoneOffset.UTC);
    }

    /** {@return a clock standing at the current time} */
    public static EmulatorClock now() {
        return at(Instant.now());
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     * @return this clock
     */
    public EmulatorClock advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
        return this;
    }

    /**
     * Moves the clock to an instant, backwards too.
     *
     * @param instant where the clock stands from now on
     * @return this clock
     */
    public EmulatorClock set(Instant instant) {
        now.set(instant);
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that moves with this clock. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return new EmulatorClock(now, otherZone);
    }
}
