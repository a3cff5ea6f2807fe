package io.camelqonto.component.management;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/** What a consumer has been doing: its polls and the items it moved its cursor past. Thread-safe. */
public final class ConsumerActivity {

    private final LongAdder delivered = new LongAdder();
    private volatile Instant lastPollStarted;
    private volatile Instant lastPollCompleted;

    /** A poll begins. */
    public void pollStarted() {
        lastPollStarted = Instant.now();
    }

    /** A poll ended without error. */
    public void pollCompleted() {
        lastPollCompleted = Instant.now();
    }

    /** The cursor moved past one more item: processed, or handed to the error handler. */
    public void itemDelivered() {
        delivered.increment();
    }

    /** {@return when the last poll began, or null before the first} */
    public Instant lastPollStarted() {
        return lastPollStarted;
    }

    /** {@return when the last poll that ended without error ended, or null} */
    public Instant lastPollCompleted() {
        return lastPollCompleted;
    }

    /** {@return how many items the cursor moved past since the consumer was created} */
    public long delivered() {
        return delivered.sum();
    }
}
