package io.camelqonto.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An instant transfer between two accounts of the organization, named by their IBANs. {@code amount} is a decimal
 * string; the currency is the accounts' (EUR).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInternalTransfer(String debitIban, String creditIban, String reference, String amount,
        String currency) implements QontoInput {

    /**
     * Writes the debit IBAN and the credit IBAN without spaces, in capitals.
     *
     * @param debitIban  the IBAN of the account debited
     * @param creditIban the IBAN of the account credited
     * @param reference  the reference the beneficiary sees
     * @param amount     the amount, a decimal string
     * @param currency   the currency, the accounts' (EUR)
     */
    public NewInternalTransfer {
        debitIban = Iban.normalize(debitIban);
        creditIban = Iban.normalize(creditIban);
    }

    @Override
    public void validate() {
        String prefix = "internal_transfer.";
        Validation validation = Validation.of("internal transfer")
                .required(prefix + "debit_iban", debitIban)
                .iban(prefix + "debit_iban", debitIban)
                .required(prefix + "credit_iban", creditIban)
                .iban(prefix + "credit_iban", creditIban)
                .amount(prefix + "amount", amount)
                .required(prefix + "reference", reference)
                .maxLength(prefix + "reference", reference, 140)
                .currency(prefix + "currency", currency);
        if (debitIban != null && debitIban.equals(creditIban)) {
            validation.add(prefix + "credit_iban", "must be another account than debit_iban");
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewInternalTransfer[debitIban=" + Iban.mask(debitIban) + ", creditIban=" + Iban.mask(creditIban)
                + ", amount=" + amount + " " + currency + ", reference=" + reference + "]";
    }
}
