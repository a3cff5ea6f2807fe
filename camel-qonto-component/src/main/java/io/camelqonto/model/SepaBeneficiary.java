package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A SEPA beneficiary. New beneficiaries are untrusted and pending until validated in the Qonto app. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SepaBeneficiary(String id, String name, String iban, String bic, String email, String activityTag,
        String status, Boolean trusted, String currency, Instant createdAt, Instant updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public SepaBeneficiary {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "SepaBeneficiary[id=" + id + ", name=" + name + ", iban=" + Iban.mask(iban) + ", status=" + status
                + ", trusted=" + trusted + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
