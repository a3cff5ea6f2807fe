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

    public static EmulatorClock at(Instant instant) {
        return new EmulatorClock(new AtomicReference<>(instant), ZoneOffset.UTC);
    }

    /** A clock standing at the current time. */
    public static EmulatorClock now() {
        return at(Instant.now());
    }

    public EmulatorClock advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
        return this;
    }

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
