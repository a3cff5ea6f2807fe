package io.camelqonto.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A client of the organization, whom invoices and quotes are addressed to. {@code kind} is {@code company},
 * {@code individual} or {@code freelancer}; for the last two {@code name} is Qonto's concatenation of first and last
 * name. The flat {@code address}, {@code city}, {@code zipCode}, {@code provinceCode} and {@code countryCode} are
 * Qonto's older copy of the billing address.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Client(String id, String name, String firstName, String lastName, Phone phone, String kind,
        String email, List<String> extraEmails, String currency, String eInvoicingAddress, String vatNumber,
        String taxIdentificationNumber, String address, String city, String zipCode, String provinceCode,
        String countryCode, ClientAddress billingAddress, ClientAddress deliveryAddress, String recipientCode,
        Instant createdAt, String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public Client {
        extraEmails = extraEmails == null ? null : List.copyOf(extraEmails);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A phone number, its country calling code apart (e.g. {@code +33}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String countryCode, String number,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public Phone {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /** Only the calling code: the number reaches a person. */
        @Override
        public String toString() {
            return "Phone[countryCode=" + countryCode + ", otherFields=" + OtherFields.describe(otherFields) + "]";
        }
    }

    /** Without names, e-mail addresses, phone, tax numbers or addresses: they identify a person. */
    @Override
    public String toString() {
        return "Client[id=" + id + ", kind=" + kind + ", currency=" + currency + ", locale=" + locale + ", createdAt="
                + createdAt + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
