package io.camelqonto.component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;

/**
 * One query filter of a Qonto resource: the endpoint option that holds it, the query parameter it becomes and the
 * values Qonto accepts. Values are checked before anything is sent, because Qonto answers many typos with a silently
 * empty list rather than an error.
 */
public final class QontoFilter {

    enum Kind {
        /** one free value */
        TEXT,
        /** a comma list of free values */
        TEXTS,
        /** one value of a closed set */
        CHOICE,
        /** a comma list of values of a closed set */
        CHOICES,
        /** an ISO-8601 instant, or a date meaning the start of that day in UTC */
        INSTANT,
        /** an ISO-8601 date */
        DATE,
        BOOLEAN,
        /** one IBAN, checked with its mod-97 checksum */
        IBAN,
        /** a comma list of IBANs */
        IBANS
    }

    private final String option;
    private final String parameter;
    private final Kind kind;
    private final List<String> allowed;
    private final Function<QontoConfiguration, String> getter;

    private QontoFilter(String option, String parameter, Kind kind, List<String> allowed,
                        Function<QontoConfiguration, String> getter) {
        this.option = option;
        this.parameter = parameter;
        this.kind = kind;
        this.allowed = allowed;
        this.getter = getter;
    }

    static QontoFilter of(String option, String parameter, Kind kind, Function<QontoConfiguration, String> getter) {
        return new QontoFilter(option, parameter, kind, List.of(), getter);
    }

    static QontoFilter choice(
            String option, String parameter, Function<QontoConfiguration, String> getter, String... allowed) {
        return new QontoFilter(option, parameter, Kind.CHOICE, List.of(allowed), getter);
    }

    static QontoFilter choices(
            String option, String parameter, Function<QontoConfiguration, String> getter, String... allowed) {
        return new QontoFilter(option, parameter, Kind.CHOICES, List.of(allowed), getter);
    }

    /** Name of the endpoint option, e.g. {@code createdAtFrom}. */
    public String option() {
        return option;
    }

    /** Name of the Qonto query parameter, e.g. {@code created_at_from} or {@code status[]}. */
    public String parameter() {
        return parameter;
    }

    /** Whether the option has a value in this configuration. */
    public boolean isSetIn(QontoConfiguration configuration) {
        String value = getter.apply(configuration);
        return value != null && !value.isBlank();
    }

    /**
     * The values to send, normalized (one for a single-valued filter, several for a list), or an empty list when the
     * option is not set.
     *
     * @throws InvalidInputException naming the option, the value and what is allowed
     */
    public List<String> values(QontoConfiguration configuration, String subject) {
        if (!isSetIn(configuration)) {
            return List.of();
        }
        String text = getter.apply(configuration).trim();
        List<String> parts = kind == Kind.TEXTS || kind == Kind.CHOICES || kind == Kind.IBANS
                ? Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of(text);
        if (parts.isEmpty()) {
            throw new InvalidInputException(subject, option, "lists no value");
        }
        List<String> normalized = new ArrayList<>(parts.size());
        for (String part : parts) {
            normalized.add(normalize(part, subject));
        }
        return normalized;
    }

    private String normalize(String value, String subject) {
        return switch (kind) {
            case TEXT, TEXTS -> value;
            case CHOICE, CHOICES -> choice(value, subject);
            case INSTANT -> instant(value, subject);
            case DATE -> date(value, subject);
            case BOOLEAN -> bool(value, subject);
            case IBAN, IBANS -> iban(value, subject);
        };
    }

    private String choice(String value, String subject) {
        if (!allowed.contains(value)) {
            throw new InvalidInputException(subject, option,
                    "'" + value + "' is not one of: " + String.join(", ", allowed));
        }
        return value;
    }

    private String date(String value, String subject) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(subject, option,
                    "'" + value + "' is not an ISO-8601 date such as 2024-01-31");
        }
    }

    private String bool(String value, String subject) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new InvalidInputException(subject, option, "'" + value + "' is not true or false");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private String iban(String value, String subject) {
        if (!Iban.isValid(value)) {
            throw new InvalidInputException(subject, option, "is not a valid IBAN (" + Iban.mask(value) + ")");
        }
        return Iban.normalize(value);
    }

    private String instant(String value, String subject) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException notADateTime) {
            try {
                // Qonto reads a bare date as the start of that day; it is kept as written
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException notADate) {
                throw new InvalidInputException(
                        subject, option,
                        "'" + value + "' is not an ISO-8601 timestamp such as 2024-01-31T00:00:00Z");
            }
        }
    }

    @Override
    public String toString() {
        return option + " -> " + parameter;
    }
}
