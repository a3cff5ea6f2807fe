package io.camelqonto.client;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a timestamp in any ISO-8601 form with a UTC offset: extended ({@code 2025-03-01T10:15:30+01:00}) or basic
 * ({@code 20250301T101530+0100}) notation, offsets {@code Z}, {@code +01}, {@code +0100} or {@code +01:00}, seconds
 * optional, a fraction of any length after {@code .} or {@code ,}. Jackson's own reader refuses {@code +0100} and takes
 * a number for epoch seconds. Anything else is refused: a timestamp without offset (its instant is unknown), a
 * number, a day the calendar does not have, and a fraction finer than the nanosecond an {@link Instant} holds, which
 * would have to be cut; trailing zeros beyond it are fine.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final Pattern EXTENDED = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?([Zz]|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)");
    private static final Pattern BASIC = Pattern.compile(
            "(\\d{8}[Tt]\\d{4}(?:\\d{2})?)(?:[.,](\\d+))?([Zz]|[+-]\\d{2}(?:\\d{2}(?:\\d{2})?)?)");
    private static final DateTimeFormatter EXTENDED_DATE_TIME = strict("uuuu-MM-dd'T'HH:mm[:ss]");
    private static final DateTimeFormatter BASIC_DATE_TIME = strict("uuuuMMdd'T'HHmm[ss]");
    private static final int NANO_DIGITS = 9;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText();
        Instant instant = parse(text);
        if (instant == null) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp with offset");
        }
        return instant;
    }

    /** The instant, or null when the text is not an ISO-8601 timestamp that an {@link Instant} holds exactly. */
    static Instant parse(String text) {
        Matcher extended = EXTENDED.matcher(text);
        Matcher basic = BASIC.matcher(text);
        Matcher match;
        DateTimeFormatter format;
        if (extended.matches()) {
            match = extended;
            format = EXTENDED_DATE_TIME;
        } else if (basic.matches()) {
            match = basic;
            format = BASIC_DATE_TIME;
        } else {
            return null;
        }
        String fraction = match.group(2) == null ? "" : match.group(2);
        if (fraction.length() > NANO_DIGITS && !fraction.substring(NANO_DIGITS).chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            LocalDateTime dateTime = LocalDateTime.parse(match.group(1).toUpperCase(Locale.ROOT), format);
            int nanos = fraction.isEmpty() ? 0
                    : Integer.parseInt((fraction + "0".repeat(NANO_DIGITS)).substring(0, NANO_DIGITS));
            return dateTime.withNano(nanos).toInstant(ZoneOffset.of(match.group(3).toUpperCase(Locale.ROOT)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
