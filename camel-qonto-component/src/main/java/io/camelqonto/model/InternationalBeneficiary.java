package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A beneficiary of international transfers, in one currency: Qonto's summary of the details given for its payment
 * type (account and bank identifiers).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalBeneficiary(String id, String name, String country, String currency, String paymentType,
        String accountIdentifier, String bankIdentifier, String branchIdentifier,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                its id
     * @param name              its name
     * @param country           its country
     * @param currency          the currency it is paid in
     * @param paymentType       the payment type its details are for
     * @param accountIdentifier the account's identifier, e.g. an account number
     * @param bankIdentifier    the bank's identifier, e.g. a BIC or routing number
     * @param branchIdentifier  the branch's identifier, if any
     * @param otherFields       the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalBeneficiary {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InternationalBeneficiary[id=" + id + ", name=" + name + ", country=" + country + ", currency="
                + currency + ", paymentType=" + paymentType + ", accountIdentifier=" + Iban.mask(accountIdentifier)
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
