package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An amount in a currency, as Qonto writes it: {@code {"currency": "USD", "value": "1085.00"}}, the value a string. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CurrencyAmount(String currency, String value,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param currency    the currency, ISO 4217
     * @param value       the amount, a decimal string
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CurrencyAmount {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * An amount with nothing beside its currency and value, e.g. for an input.
     *
     * @param currency the currency, ISO 4217
     * @param value    the amount, a decimal string
     * @return the amount
     */
    public static CurrencyAmount of(String currency, String value) {
        return new CurrencyAmount(currency, value, null);
    }

    /** Adds this amount's violations under the given field name. */
    Validation validate(Validation validation, String field) {
        return validation.currency(field + ".currency", currency).amount(field + ".value", value);
    }

    @Override
    public String toString() {
        return value + " " + currency;
    }
}
