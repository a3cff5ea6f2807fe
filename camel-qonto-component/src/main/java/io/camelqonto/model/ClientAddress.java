package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A billing or delivery address of a client, as clients and the client copies on invoices carry it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientAddress(String streetAddress, String city, String zipCode, String provinceCode, String countryCode,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param streetAddress the street address
     * @param city          the city
     * @param zipCode       the postal code
     * @param provinceCode  the province code, for Italian addresses
     * @param countryCode   the country, ISO 3166-1 alpha-2
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public ClientAddress {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Only the country: the rest locates a person. */
    @Override
    public String toString() {
        return "ClientAddress[countryCode=" + countryCode + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
