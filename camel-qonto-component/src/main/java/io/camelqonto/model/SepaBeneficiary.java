package io.camelqonto.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A SEPA beneficiary. New beneficiaries are untrusted and pending until validated in the Qonto app. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SepaBeneficiary(String id, String name, String iban, String bic, String email, String activityTag,
        String status, Boolean trusted, String currency, Instant createdAt, Instant updatedAt) implements QontoModel {

    @Override
    public String toString() {
        return "SepaBeneficiary[id=" + id + ", name=" + name + ", iban=" + Iban.mask(iban) + ", status=" + status
                + ", trusted=" + trusted + "]";
    }
}
