package io.camelqonto.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The other side of a transfer, income or direct debit as shown on a transaction. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counterparty(String counterpartyAccountNumber, String counterpartyAccountNumberFormat,
        String counterpartyBankIdentifier, String counterpartyBankIdentifierFormat) {

    @Override
    public String toString() {
        return "Counterparty[account=" + Iban.mask(counterpartyAccountNumber) + ", bank=" + counterpartyBankIdentifier + "]";
    }
}
