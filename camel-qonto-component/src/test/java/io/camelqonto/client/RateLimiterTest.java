package io.camelqonto.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;

import io.camelqonto.client.RateLimiter.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limiter on a clock of the test's own: sleeping moves time on, so no assertion depends on the machine's speed. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    /** A clock that only moves when the limiter sleeps; a sleep can run an action "meanwhile". */
    private static final class ManualClock implements RateLimiter.Clock {
        private long now = 42 * SECOND;
        private final List<Long> sleeps = new ArrayList<>();
        private LongConsumer duringSleep = nanos -> { };

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            sleeps.add(nanos);
            duringSleep.accept(nanos);
            now += nanos;
        }
    }

    private final ManualClock clock = new ManualClock();

    /** The clock's time when each of {@code count} permits was granted, in nanoseconds since the start. */
    private List<Long> grants(RateLimiter limiter, int count) throws InterruptedException {
        long start = clock.now;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limiter.acquire();
            times.add(clock.now - start);
        }
        return times;
    }

    /** The most grants found in any span of {@code length} (start included, end excluded). */
    private static int busiestSpan(List<Long> times, Duration length) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= length.toNanos()) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    @Test
    void qontosTwoWindowsAreNeverExceededAndNearlyFullyUsed() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1000, Duration.ofSeconds(10)),
                new Window(10000, Duration.ofMinutes(10))), clock);

        List<Long> times = grants(limiter, 25_000);

        // even when one request reaches Qonto a fiftieth of the window later than the one before it
        assertThat(busiestSpan(times, Duration.ofMillis(10_200))).isLessThanOrEqualTo(1000);
        assertThat(busiestSpan(times, Duration.ofSeconds(612))).isLessThanOrEqualTo(10000);
        // sustained use of the binding window: at least 95% of 10,000 per 10 minutes
        long spent = times.get(times.size() - 1) - times.get(0);
        double perTenMinutes = (times.size() - 1) * (600.0 * SECOND) / spent;
        assertThat(perTenMinutes).isGreaterThanOrEqualTo(9500);
    }

    @Test
    void permitsAreSpreadOverTheWindowInsteadOfSpentAtOnce() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1000, Duration.ofSeconds(10))), clock);

        List<Long> times = grants(limiter, 1000);

        // a fiftieth of the window may go at once after a quiet spell...
        assertThat(times.subList(0, 20)).containsOnly(0L);
        // ...the rest follows at an even pace, and nothing waits for the window to end
        long gap = times.get(21) - times.get(20);
        assertThat(gap).isBetween(10_000_000L, 10_500_000L);
        for (int i = 21; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("gap before permit %d", i).isEqualTo(gap);
        }
        assertThat(clock.sleeps).allMatch(nanos -> nanos <= gap);
    }

    @Test
    void aQuietSpellLetsAShortBurstThroughAgain() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1000, Duration.ofSeconds(10))), clock);
        grants(limiter, 200);

        clock.now += 10 * SECOND;
        clock.sleeps.clear();
        grants(limiter, 20);

        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void aPauseHoldsEveryPermitUntilItEnds() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1000, Duration.ofSeconds(10))), clock);
        long start = clock.now;

        limiter.pause(Duration.ofSeconds(5));
        assertThat(limiter.pauseRemaining()).isEqualTo(Duration.ofSeconds(5));
        limiter.acquire();

        assertThat(clock.now - start).isEqualTo(5 * SECOND);
        assertThat(limiter.pauseRemaining()).isZero();
    }

    @Test
    void aPauseThatBeginsWhileACallerWaitsForItsTurnHoldsItToo() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1, Duration.ofSeconds(1))), clock);
        limiter.acquire();
        long start = clock.now;
        // another caller meets a Retry-After of 3 s while this one sleeps until its turn, one second away
        clock.duringSleep = nanos -> {
            clock.duringSleep = ignored -> { };
            limiter.pause(Duration.ofSeconds(3));
        };

        limiter.acquire();

        assertThat(clock.now - start).isEqualTo(3 * SECOND);
    }

    @Test
    void aShorterPauseNeverEndsALongerOne() {
        RateLimiter limiter = new RateLimiter(List.of(new Window(10, Duration.ofSeconds(1))), clock);

        limiter.pause(Duration.ofSeconds(30));
        limiter.pause(Duration.ofSeconds(1));

        assertThat(limiter.pauseRemaining()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAbsurdRetryAfterPausesForAnHourAtMost() {
        RateLimiter limiter = new RateLimiter(List.of(new Window(10, Duration.ofSeconds(1))), clock);

        limiter.pause(Duration.ofSeconds(Long.MAX_VALUE / 2));

        assertThat(limiter.pauseRemaining()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLimitOfOneLetsOneRequestPerWindowAndItsJitterMargin() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(1, Duration.ofSeconds(2))), clock);

        assertThat(grants(limiter, 3)).containsExactly(0L, 2_040_000_000L, 4_080_000_000L);
    }

    @Test
    void usageCountsTheRequestsThatLeftInEachWindowUntilTheWindowHasPassed() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(List.of(new Window(100, Duration.ofSeconds(10)),
                new Window(1000, Duration.ofMinutes(10))), clock);
        assertThat(limiter.usage()).extracting(RateLimiter.Usage::remaining).containsExactly(100, 1000);

        List<Long> times = grants(limiter, 30);
        assertThat(times.get(29)).as("all within the short window").isLessThan(10 * SECOND);

        assertThat(limiter.usage()).extracting(RateLimiter.Usage::used).containsExactly(30, 30);
        assertThat(limiter.usage()).extracting(RateLimiter.Usage::remaining).containsExactly(70, 970);
        clock.now += 10 * SECOND;
        assertThat(limiter.usage()).extracting(RateLimiter.Usage::used).containsExactly(0, 30);
        clock.now += 10 * 60 * SECOND;
        assertThat(limiter.usage()).extracting(RateLimiter.Usage::remaining).containsExactly(100, 1000);
    }

    @Test
    void qontosLimitsAreTheDefault() {
        assertThat(RateLimiter.qontoDefault().windows()).containsExactly(
                new Window(1000, Duration.ofSeconds(10)), new Window(10000, Duration.ofMinutes(10)));
        assertThat(RateLimiter.qonto(3000, 30000).windows()).extracting(Window::permits).containsExactly(3000, 30000);
    }

    @Test
    void aWindowNeedsAPermitAndALength() {
        assertThatThrownBy(() -> new Window(0, Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter()).isInstanceOf(IllegalArgumentException.class);
    }
}
