package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An amount as Qonto's invoicing and payment-link APIs write it: a decimal string and its currency,
 * {@code {"value": "12.50", "currency": "EUR"}}. The string keeps Qonto's digits exactly.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Money(String value, String currency, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param value       the amount, a decimal string
     * @param currency    the currency, ISO 4217
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Money {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * An amount with nothing beside its value and currency, e.g. for an input.
     *
     * @param value    the amount, a decimal string
     * @param currency the currency, ISO 4217
     * @return the amount
     */
    public static Money of(String value, String currency) {
        return new Money(value, currency, null);
    }

    @Override
    public String toString() {
        return value + " " + currency;
    }
}
