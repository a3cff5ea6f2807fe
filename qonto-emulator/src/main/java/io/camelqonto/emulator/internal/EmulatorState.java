package io.camelqonto.emulator.internal;

import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.idempotency.IdempotencyCache;
import java.time.Clock;
import java.util.function.Function;

/**
 * The state that a reset brings back to the seed: the business data and the idempotency cache. One lock
 * guards both, so that each API call reads and writes them atomically.
 */
public final class EmulatorState {

    private final long seed;
    private final Clock clock;
    private final IdempotencyCache idempotency;
    private Domain domain;

    public EmulatorState(long seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
        this.idempotency = new IdempotencyCache(clock);
        this.domain = Domain.seeded(seed, clock);
    }

    public synchronized <T> T locked(Function<Domain, T> action) {
        return action.apply(domain);
    }

    /** {@return only to be used inside {@link #locked}} */
    public IdempotencyCache idempotency() {
        return idempotency;
    }

    public synchronized void reset() {
        domain = Domain.seeded(seed, clock);
        idempotency.clear();
    }
}
