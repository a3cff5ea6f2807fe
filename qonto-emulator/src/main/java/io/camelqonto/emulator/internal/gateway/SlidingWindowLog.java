package io.camelqonto.emulator.internal.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Instants of past events per key, forgotten once older than the window. Not thread-safe. */
final class SlidingWindowLog {

    private final Duration length;
    private final Map<String, Deque<Long>> events = new HashMap<>();

    SlidingWindowLog(Duration length) {
        this.length = length;
    }

    void record(String key, long nowMillis) {
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(nowMillis);
    }

    int count(String key, long nowMillis) {
        Deque<Long> log = events.get(key);
        if (log == null) {
            return 0;
        }
        while (!log.isEmpty() && log.peekFirst() <= nowMillis - length.toMillis()) {
            log.removeFirst();
        }
        return log.size();
    }

    /** Seconds until fewer than {@code limit} events remain in the window (at least 1). */
    long secondsUntilBelow(String key, int limit, long nowMillis) {
        int toExpire = count(key, nowMillis) - limit + 1;
        Iterator<Long> oldestFirst = events.get(key).iterator();
        long expiring = nowMillis;
        for (int i = 0; i < toExpire && oldestFirst.hasNext(); i++) {
            expiring = oldestFirst.next();
        }
        long millis = expiring + length.toMillis() - nowMillis;
        return Math.max(1, (millis + 999) / 1000);
    }

    void clear() {
        events.clear();
    }
}
