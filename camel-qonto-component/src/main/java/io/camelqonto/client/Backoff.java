package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

import io.camelqonto.client.error.QontoTransportException;

/** Waiting between attempts: exponential backoff with full jitter, {@code Retry-After}, and the sleep itself. */
final class Backoff {

    private Backoff() {
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry): a random duration between
     * zero and {@code initialBackoff * 2^(retry-1)}, capped at {@code maxBackoff}. Full jitter keeps
     * many clients that failed together from coming back together.
     */
    static Duration delay(RetryPolicy policy, int retry) {
        long initial = policy.initialBackoff().toNanos();
        long cap = policy.maxBackoff().toNanos();
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = initial > (cap >> doublings) ? cap : Math.min(cap, initial << doublings);
        return ceiling <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /**
     * Parses a {@code Retry-After} value: delay-seconds or an HTTP-date. Null when absent or
     * unreadable; never negative (a date in the past means now).
     */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Sleeps; an interrupt ends the call (the flag is restored for the caller's own checks). */
    static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QontoTransportException("Interrupted while waiting for Qonto", e);
        }
    }
}
