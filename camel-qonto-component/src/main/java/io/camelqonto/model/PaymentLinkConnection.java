package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The organization's connection to Qonto's payment-link provider, made once per organization: the customer
 * completes the provider's onboarding at {@code connectionLocation}, then {@code status} leaves {@code pending}.
 * It has no id of its own.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentLinkConnection(String connectionLocation, String status, String bankAccountId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param connectionLocation the link of the provider's onboarding
     * @param status             where the connection stands
     * @param bankAccountId      the id of the account payments arrive on
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public PaymentLinkConnection {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Null: Qonto gives the connection no id. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "PaymentLinkConnection[status=" + status + ", bankAccountId=" + bankAccountId + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
