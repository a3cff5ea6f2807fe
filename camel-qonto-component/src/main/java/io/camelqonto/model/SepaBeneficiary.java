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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id          its id
     * @param name        its name
     * @param iban        its IBAN
     * @param bic         its BIC
     * @param email       its e-mail address
     * @param activityTag the activity tag transfers to it are filed under
     * @param status      {@code pending}, {@code validated} or {@code declined}
     * @param trusted     whether transfers to it need no Strong Customer Authentication
     * @param currency    its currency
     * @param createdAt   when it was created
     * @param updatedAt   when it was last updated
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public SepaBeneficiary {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "SepaBeneficiary[id=" + id + ", name=" + name + ", iban=" + Iban.mask(iban) + ", status=" + status
                + ", trusted=" + trusted + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
