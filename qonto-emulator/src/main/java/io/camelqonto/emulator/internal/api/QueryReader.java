package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.QueryParams;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and validates query parameters, answering bad values with Qonto's 422s. */
public final class QueryReader {

    private final QueryParams params;

    public QueryReader(QueryParams params) {
        this.params = params;
    }

    public Optional<String> first(String name) {
        return params.first(name).filter(value -> !value.isEmpty());
    }

    /** The values of all the given spellings of a parameter, e.g. {@code status} and {@code status[]}. */
    public List<String> values(String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            params.values(name).stream().filter(value -> !value.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** Values of an enumerated filter; the error names the spelling the client used. */
    public List<String> enumValues(List<String> allowed, String... names) {
        for (String name : names) {
            for (String value : values(name)) {
                if (!allowed.contains(value)) {
                    throw notInList(name, allowed);
                }
            }
        }
        return values(names);
    }

    public Optional<String> enumValue(String name, List<String> allowed) {
        return enumValues(allowed, name).stream().findFirst();
    }

    public Optional<Instant> instant(String name) {
        return first(name).map(value -> Timestamps.parseInstant(value).orElseThrow(() -> invalidDate(name,
                name + " must be a valid ISO 8601 date time, e.g. 2026-01-15T10:00:00.000Z")));
    }

    public Optional<LocalDate> date(String name) {
        return first(name).map(value -> Timestamps.parseDate(value).orElseThrow(() -> invalidDate(name,
                name + " must be a valid date, e.g. 2026-01-15")));
    }

    public Optional<Boolean> bool(String name) {
        return first(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QontoErrors.unprocessable(
                    ApiError.atParameter("not_a_boolean", name + " must be true or false", name));
        });
    }

    /** An integer parameter, at least {@code min} and, when {@code max} is not null, at most {@code max}. */
    public Optional<Integer> integer(String name, int min, Integer max) {
        Optional<String> text = first(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw QontoErrors.unprocessable(ApiError.atParameter("not_a_number", name + " must be a number", name));
        }
        if (value < min) {
            throw QontoErrors.unprocessable(ApiError.atParameter("greater_than_or_equal_to",
                    name + " must be greater than or equal to " + min, name));
        }
        if (max != null && value > max) {
            throw QontoErrors.unprocessable(ApiError.atParameter("less_than_or_equal_to",
                    name + " must be less than or equal to " + max, name));
        }
        return Optional.of(value);
    }

    private static ApiException notInList(String name, List<String> allowed) {
        String field = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        return QontoErrors.unprocessable(ApiError.atParameter("not_in_list",
                field + " must be one of: " + String.join(", ", allowed), name));
    }

    private static ApiException invalidDate(String name, String detail) {
        return QontoErrors.unprocessable(ApiError.atParameter("invalid_date", detail, name));
    }
}
