package io.camelqonto.component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;
import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks and normalizes the text of a parameter or input by its kind, before anything is sent: Qonto answers many
 * typos with a silently empty list rather than an error. A choice outside the values Qonto documents is let through
 * with a warning, because Qonto adds statuses and types without notice.
 */
public final class ParameterValues {

    private static final Logger LOG = LoggerFactory.getLogger(ParameterValues.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-uuuu");
    /** Each unknown value is worth one warning, not one per message. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    /**
     * Values come from headers too, which a route may fill from its input: past this many the set stops growing and
     * further unknown values are sent without a warning.
     */
    private static final int MAX_WARNED = 1_000;

    private ParameterValues() {
    }

    /**
     * The values to send, normalized: one for a single-valued parameter, several for a list.
     *
     * @param parameter the catalog parameter or input the value is for, whose kind says how it is checked
     * @param name      the name the user wrote (option, header key or {@code query.} key), for messages
     * @param raw       the value as given: text, a comma list, or an iterable of values
     * @param subject   what is being set up or sent, for messages
     * @return the values in the form Qonto reads; a list Qonto takes as one comma-separated value comes joined
     * @throws InvalidInputException naming the parameter and what is wrong, never quoting an IBAN
     */
    public static List<String> normalize(Parameter parameter, String name, Object raw, String subject) {
        String text = raw == null ? "" : (raw instanceof Iterable<?> items ? join(items) : raw.toString()).strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(subject, name, "has no value");
        }
        ValueKind kind = parameter.kind();
        List<String> parts = kind.multiValued()
                ? Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of(text);
        if (parts.isEmpty()) {
            throw new InvalidInputException(subject, name, "lists no value");
        }
        List<String> normalized = new ArrayList<>(parts.size());
        for (String part : parts) {
            normalized.add(normalize(parameter, name, part, subject));
        }
        return kind.joinedWhenSent() ? List.of(String.join(",", normalized)) : List.copyOf(normalized);
    }

    private static String join(Iterable<?> items) {
        StringBuilder joined = new StringBuilder();
        for (Object item : items) {
            joined.append(joined.length() == 0 ? "" : ",").append(item);
        }
        return joined.toString();
    }

    private static String normalize(Parameter parameter, String name, String value, String subject) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(subject, name, "holds a control character");
        }
        return switch (parameter.kind()) {
            case TEXT, TEXTS -> value;
            case CHOICE, CHOICES, JOINED_CHOICES -> choice(parameter, name, value, subject);
            case INSTANT -> instant(name, value, subject);
            case DATE -> date(name, value, subject);
            case MONTH -> month(name, value, subject);
            case BOOLEAN -> bool(name, value, subject);
            case IBAN, IBANS -> iban(name, value, subject);
            case ID, IDS -> id(name, value, subject);
        };
    }

    private static String choice(Parameter parameter, String name, String value, String subject) {
        if (!parameter.knownValues().contains(value) && WARNED.size() < MAX_WARNED
            && WARNED.add(parameter.name() + "=" + value)) {
            LOG.warn("{}: {} '{}' is not a value Qonto documents ({}); it is sent as written", subject, name, value,
                    String.join(", ", parameter.knownValues()));
        }
        return value;
    }

    private static String date(String name, String value, String subject) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(subject, name, "'" + value + "' is not an ISO-8601 date such as 2024-01-31");
        }
    }

    private static String month(String name, String value, String subject) {
        try {
            return YearMonth.parse(value, MONTH).format(MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(subject, name, "'" + value + "' is not a month such as 01-2024 (MM-YYYY)");
        }
    }

    private static String bool(String name, String value, String subject) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new InvalidInputException(subject, name, "'" + value + "' is not true or false");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String iban(String name, String value, String subject) {
        Iban.problem(value).ifPresent(problem -> {
            throw new InvalidInputException(subject, name, "is not a valid IBAN (" + Iban.mask(value) + "): " + problem);
        });
        return Iban.normalize(value);
    }

    /** An id goes into a URL path or query: one segment, nothing a server could read as a path of its own. */
    static String id(String name, String value, String subject) {
        if (value.equals(".") || value.equals("..") || value.contains("/") || value.contains("\\")
                || value.contains("?") || value.contains("#") || value.contains("%") || value.isBlank()
                || value.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new InvalidInputException(subject, name, "is not a Qonto id: it must be one path segment");
        }
        return value;
    }

    private static String instant(String name, String value, String subject) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException notADateTime) {
            try {
                // Qonto reads a bare date as the start of that day; it is kept as written
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException notADate) {
                throw new InvalidInputException(subject, name,
                        "'" + value + "' is not an ISO-8601 timestamp such as 2024-01-31T00:00:00Z");
            }
        }
    }
}
