package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A currency international transfers can be sent in, with the country Qonto suggests it for. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalCurrency(String currencyCode, String countryCode, Integer suggestionPriority,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param currencyCode       the currency, ISO 4217
     * @param countryCode        the country Qonto suggests it for
     * @param suggestionPriority how strongly Qonto suggests the currency for the country; lower comes first
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalCurrency {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A currency is known by its code. */
    @Override
    public String id() {
        return currencyCode;
    }

    @Override
    public String toString() {
        return "InternationalCurrency[currencyCode=" + currencyCode + ", countryCode=" + countryCode
                + ", suggestionPriority=" + suggestionPriority + "]";
    }
}
