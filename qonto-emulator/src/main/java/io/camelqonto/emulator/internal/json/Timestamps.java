package io.camelqonto.emulator.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Qonto's wire formats for instants and dates. */
public final class Timestamps {

    // Qonto always prints milliseconds, also when they are zero.
    private static final DateTimeFormatter INSTANT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return INSTANT_FORMAT.format(instant);
    }

    /** Null for null: many Qonto timestamps are null until something happens. */
    public static String formatOrNull(Instant instant) {
        return instant == null ? null : format(instant);
    }

    public static String format(LocalDate date) {
        return date.toString();
    }

    /** The precision Qonto stores: anything finer would not survive a round trip through the API. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Parses an RFC 3339 / ISO 8601 filter value. A bare date is read as the start of that day in UTC,
     * the lenient reading Qonto's Rails backend applies to date-only filters.
     */
    public static Optional<Instant> parseInstant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            return parseDate(value).map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    public static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
