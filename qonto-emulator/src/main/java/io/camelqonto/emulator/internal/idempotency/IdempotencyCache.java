package io.camelqonto.emulator.internal.idempotency;

import io.camelqonto.emulator.internal.http.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Successful responses by idempotency key, for 30 minutes: a later call with the same key gets the same
 * response again, whatever its body, and changes nothing. Not thread-safe: the state lock guards it, so that
 * two concurrent calls with one key cannot both run.
 */
public final class IdempotencyCache {

    static final Duration RETENTION = Duration.ofMinutes(30);

    private final Clock clock;
    private final Map<String, Entry> responses = new HashMap<>();

    public IdempotencyCache(Clock clock) {
        this.clock = clock;
    }

    public Optional<ApiResponse> replay(String key) {
        Entry entry = responses.get(key);
        if (entry == null || !clock.instant().isBefore(entry.storedAt().plus(RETENTION))) {
            responses.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.response());
    }

    /** Keeps successful responses only: a failed call may be retried with the same key. */
    public void remember(String key, ApiResponse response) {
        if (response.isSuccess()) {
            responses.put(key, new Entry(response, clock.instant()));
        }
    }

    public void clear() {
        responses.clear();
    }

    private record Entry(ApiResponse response, Instant storedAt) {
    }
}
