package io.camelqonto.client;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final RetryPolicy POLICY = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    @Test
    void fullJitterStaysBetweenZeroAndTheExponentialCeiling() {
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.delay(POLICY, 1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(Backoff.delay(POLICY, 3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(Backoff.delay(POLICY, 8)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
            assertThat(Backoff.delay(POLICY, 80)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    @Test
    void jitterSpreadsTheWaits() {
        long distinct = IntStream.range(0, 50)
                .mapToObj(i -> Backoff.delay(POLICY, 4))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void noBackoffConfiguredMeansNoWait() {
        assertThat(Backoff.delay(RetryPolicy.NONE, 1)).isZero();
    }

    @Test
    void retryAfterInSeconds() {
        assertThat(Backoff.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(Backoff.retryAfter(" 0 ")).isZero();
    }

    @Test
    void retryAfterAsHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        assertThat(Backoff.retryAfter(inTwoMinutes)).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));

        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(2));
        assertThat(Backoff.retryAfter(past)).isZero();
    }

    @Test
    void unreadableRetryAfterIsIgnored() {
        assertThat(Backoff.retryAfter(null)).isNull();
        assertThat(Backoff.retryAfter("")).isNull();
        assertThat(Backoff.retryAfter("soon")).isNull();
        assertThat(Backoff.retryAfter("-5")).isNull();
        assertThat(Backoff.retryAfter("99999999999999999999999")).isNull();
    }
}
