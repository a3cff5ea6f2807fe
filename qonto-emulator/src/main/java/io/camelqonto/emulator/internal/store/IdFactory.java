package io.camelqonto.emulator.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Deterministic ids: name-based UUIDs derived from the seed, the kind of object and a counter. The same seed
 * gives the same ids for the seeded data and for the objects created afterwards in the same order.
 */
public final class IdFactory {

    private final long seed;
    private final Map<String, Integer> counters = new HashMap<>();

    public IdFactory(long seed) {
        this.seed = seed;
    }

    public String uuid(String kind) {
        int number = next(kind);
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The next value of a 1-based sequence, e.g. the number in a transaction's human-readable id. */
    public int next(String sequence) {
        return counters.merge(sequence, 1, Integer::sum);
    }
}
