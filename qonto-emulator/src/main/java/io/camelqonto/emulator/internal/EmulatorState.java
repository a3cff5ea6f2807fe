package io.camelqonto.emulator.internal;

import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.idempotency.IdempotencyCache;
import io.camelqonto.emulator.internal.webhook.OutboundEvent;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state that a reset brings back to the seed: the business data and the idempotency cache. One lock
 * guards both, so that each API call reads and writes them atomically.
 */
public final class EmulatorState {

    private final long seed;
    private final Clock clock;
    private final IdempotencyCache idempotency;
    private final Consumer<List<OutboundEvent>> webhookEvents;
    private Domain domain;

    /** @param webhookEvents sends the webhook events a change of state gives rise to */
    public EmulatorState(long seed, Clock clock, Consumer<List<OutboundEvent>> webhookEvents) {
        this.seed = seed;
        this.clock = clock;
        this.idempotency = new IdempotencyCache(clock);
        this.webhookEvents = webhookEvents;
        this.domain = Domain.seeded(seed, clock);
    }

    public synchronized <T> T locked(Function<Domain, T> action) {
        try {
            return action.apply(domain);
        } finally {
            // a failed call may have changed state all the same: what changed is reported
            List<OutboundEvent> events = domain.webhooks().drainOutbox();
            if (!events.isEmpty()) {
                webhookEvents.accept(events);
            }
        }
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
