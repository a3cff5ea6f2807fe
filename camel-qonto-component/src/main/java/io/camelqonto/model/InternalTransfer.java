package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A transfer between two accounts of the organization. Qonto's reference shows {@code amount} and
 * {@code amount_cents} as strings and the currency as {@code currency}; production has been seen answering numbers and
 * {@code amount_currency}. Both read: numbers become their decimal text, and {@code amount_currency} is kept among the
 * other fields.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternalTransfer(String id, String slug, String status, String amount, String amountCents,
        String currency, String reference, Instant createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id          its id
     * @param slug        its readable identifier, built from the organization's slug
     * @param status      its status, as Qonto spells it
     * @param amount      the amount, a decimal string
     * @param amountCents the amount in cents, a string as Qonto's reference shows it
     * @param currency    the currency, e.g. {@code EUR}
     * @param reference   the reference the beneficiary sees
     * @param createdAt   when it was created
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternalTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InternalTransfer[id=" + id + ", amount=" + amount + " " + currency + ", status=" + status
                + ", reference=" + reference + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
