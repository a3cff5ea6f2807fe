package io.camelqonto.emulator.internal.idempotency;

import io.camelqonto.emulator.internal.http.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    private final Map<String, Entry> responses = new LinkedHashMap<>();

    public IdempotencyCache(Clock clock) {
        this.clock = clock;
    }

    public Optional<ApiResponse> replay(String key) {
        Entry entry = responses.get(key);
        if (entry == null || isExpired(entry, clock.instant())) {
            responses.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.response());
    }

    /**
     * Keeps successful responses only: a failed call may be retried with the same key. Expired keys are
     * dropped on the way, so that a long-running emulator does not keep every response it ever sent.
     */
    public void remember(String key, ApiResponse response) {
        Instant now = clock.instant();
        // Entries are in the order they were stored, so the expired ones are at the head.
        Iterator<Entry> oldestFirst = responses.values().iterator();
        while (oldestFirst.hasNext() && isExpired(oldestFirst.next(), now)) {
            oldestFirst.remove();
        }
        if (response.isSuccess()) {
            responses.put(key, new Entry(response, now));
        }
    }

    public void clear() {
        responses.clear();
    }

    private static boolean isExpired(Entry entry, Instant now) {
        return !now.isBefore(entry.storedAt().plus(RETENTION));
    }

    private record Entry(ApiResponse response, Instant storedAt) {
    }
}
