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
        Instant common = parseCommonForm(text);
        return common != null ? common : parseAnyForm(text);
    }

    /**
     * The form Qonto sends, {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of up to nine digits, and {@code Z} or
     * {@code ±HH:mm}, read digit by digit: a page holds several timestamps per item, and this is several times cheaper
     * than the general reader. Null for any other text, which then goes to {@link #parseAnyForm}, whose answer for it
     * this never contradicts.
     */
    private static Instant parseCommonForm(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && Character.isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count == 0 || count > NANO_DIGITS) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int scale = count; scale < NANO_DIGITS; scale++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == length - 1 && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && text.charAt(at + 3) == ':') {
            int offsetHours = digits(text, at + 1, 2);
            int offsetMinutes = digits(text, at + 4, 2);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant parseAnyForm(String text) {
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
