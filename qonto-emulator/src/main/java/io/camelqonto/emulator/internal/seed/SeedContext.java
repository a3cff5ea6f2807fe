package io.camelqonto.emulator.internal.seed;

import io.camelqonto.emulator.internal.store.IdFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** The seeded randomness and the fixed instant that all seeded timestamps are relative to. */
final class SeedContext {

    /** Seeded data ends here, whatever the date the emulator runs on, so that seeds give identical data. */
    static final Instant ANCHOR = Instant.parse("2026-01-15T00:00:00Z");

    private final Random random;
    private final IdFactory ids;

    SeedContext(long seed, IdFactory ids) {
        this.random = new Random(seed);
        this.ids = ids;
    }

    IdFactory ids() {
        return ids;
    }

    int between(int minInclusive, int maxInclusive) {
        return minInclusive + random.nextInt(maxInclusive - minInclusive + 1);
    }

    long centsBetween(long minCents, long maxCents) {
        return minCents + (long) (random.nextDouble() * (maxCents - minCents));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** A millisecond-precise instant between {@code maxDaysBefore} and {@code minDaysBefore} days before the anchor. */
    Instant daysBeforeAnchor(int maxDaysBefore, int minDaysBefore) {
        long from = ANCHOR.minus(Duration.ofDays(maxDaysBefore)).toEpochMilli();
        long to = ANCHOR.minus(Duration.ofDays(minDaysBefore)).toEpochMilli();
        return Instant.ofEpochMilli(from + (long) (random.nextDouble() * (to - from)));
    }

    /** {@code instant} plus up to {@code maxMinutes} random minutes; {@code instant} itself if that passes the anchor. */
    Instant later(Instant instant, int maxMinutes) {
        Instant later = instant.plus(random.nextInt(maxMinutes + 1), ChronoUnit.MINUTES)
                .plusMillis(random.nextInt(1000));
        return later.isAfter(ANCHOR) ? instant : later;
    }
}
