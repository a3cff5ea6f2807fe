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
