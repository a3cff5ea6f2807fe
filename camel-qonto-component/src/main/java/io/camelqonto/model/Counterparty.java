package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The other side of a transfer, income or direct debit as shown on a transaction. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counterparty(String counterpartyAccountNumber, String counterpartyAccountNumberFormat,
        String counterpartyBankIdentifier, String counterpartyBankIdentifierFormat,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param counterpartyAccountNumber        the counterparty's account number
     * @param counterpartyAccountNumberFormat  the format of that number, e.g. {@code IBAN}
     * @param counterpartyBankIdentifier       the counterparty's bank identifier
     * @param counterpartyBankIdentifierFormat the format of that identifier, e.g. {@code BIC}
     * @param otherFields                      the keys beyond the declared ones, kept and written back as they are;
     *                                         none when null
     */
    public Counterparty {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "Counterparty[account=" + Iban.mask(counterpartyAccountNumber) + ", bank=" + counterpartyBankIdentifier
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
