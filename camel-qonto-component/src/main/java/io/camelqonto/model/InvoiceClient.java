package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The client as a client invoice, credit note or quote recorded it. {@code type} here is what {@code kind} is on a
 * {@link Client}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceClient(String id, String name, String firstName, String lastName, String type, String email,
        String vatNumber, String taxIdentificationNumber, String address, String city, String zipCode,
        String provinceCode, String countryCode, String recipientCode, String locale, ClientAddress billingAddress,
        ClientAddress deliveryAddress, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public InvoiceClient {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Without names, e-mail address, tax numbers or address: they identify a person. */
    @Override
    public String toString() {
        return "InvoiceClient[id=" + id + ", type=" + type + ", locale=" + locale + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
