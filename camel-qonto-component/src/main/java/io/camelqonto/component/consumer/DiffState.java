package io.camelqonto.component.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.camelqonto.client.QontoJson;

/**
 * What a diffing consumer has delivered of a collection: the content hash of each item, by id. An item whose id is
 * unknown is new; one whose hash differs has changed. Immutable; stored in the state repository as one line of JSON,
 * about 60 bytes per item.
 */
final class DiffState {

    private static final DiffState EMPTY = new DiffState(Map.of());

    private final Map<String, String> hashes;

    private DiffState(Map<String, String> hashes) {
        this.hashes = Collections.unmodifiableMap(hashes);
    }

    /** Nothing delivered yet: every item is new. */
    public static DiffState empty() {
        return EMPTY;
    }

    /** Reads a state written by {@link #toJson()}. */
    public static DiffState fromJson(String json) {
        try {
            Stored stored = QontoJson.mapper().readValue(json, Stored.class);
            return new DiffState(new LinkedHashMap<>(stored.items == null ? Map.of() : stored.items));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable Qonto consumer state", e);
        }
    }

    /** One line of JSON, safe for line-based repositories such as {@code FileStateRepository}. */
    public String toJson() {
        try {
            return QontoJson.mapper().writeValueAsString(new Stored(hashes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the item with this key and content was delivered as it is. */
    public boolean covers(String key, String hash) {
        return hash.equals(hashes.get(key));
    }

    /** Whether an item with this key was delivered before, in whatever content. */
    public boolean knows(String key) {
        return hashes.containsKey(key);
    }

    /** The state once the item with this key and content has been delivered. */
    public DiffState with(String key, String hash) {
        Map<String, String> next = new LinkedHashMap<>(hashes);
        next.put(key, hash);
        return new DiffState(next);
    }

    /** The state without the items no longer listed, so that it does not grow with what Qonto removed. */
    public DiffState retaining(Set<String> keys) {
        Map<String, String> next = new LinkedHashMap<>(hashes);
        next.keySet().retainAll(keys);
        return next.size() == hashes.size() ? this : new DiffState(next);
    }

    public int size() {
        return hashes.size();
    }

    @Override
    public String toString() {
        return "DiffState[items=" + hashes.size() + "]";
    }

    /** The stored form. */
    private record Stored(Map<String, String> items) {
    }
}
