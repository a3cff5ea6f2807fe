package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A legacy external transfer to a trusted beneficiary (deprecated by Qonto: create a {@link NewSepaTransfer}
 * instead). The beneficiary is a legacy one, by id; the account to debit is named by its IBAN.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewExternalTransfer(String beneficiaryId, String debitIban, String reference, String amount,
        String currency, String note, LocalDate scheduledDate, List<String> attachmentIds) implements QontoInput {

    /**
     * Writes the debit IBAN without spaces, in capitals, and keeps its own copy of the attachment ids.
     *
     * @param beneficiaryId the id of the trusted legacy beneficiary
     * @param debitIban     the IBAN of the account debited
     * @param reference     the reference the beneficiary sees
     * @param amount        the amount, a decimal string
     * @param currency      the currency, e.g. {@code EUR}
     * @param note          an internal note
     * @param scheduledDate the day to make it, or null for now
     * @param attachmentIds the ids of its attachments
     */
    public NewExternalTransfer {
        debitIban = Iban.normalize(debitIban);
        attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
    }

    @Override
    public void validate() {
        String prefix = "external_transfer.";
        Validation.of("external transfer")
                .required(prefix + "beneficiary_id", beneficiaryId)
                .required(prefix + "debit_iban", debitIban)
                .iban(prefix + "debit_iban", debitIban)
                .amount(prefix + "amount", amount)
                .currency(prefix + "currency", currency)
                .required(prefix + "reference", reference)
                .maxLength(prefix + "reference", reference, 140)
                .maxLength(prefix + "note", note, 140)
                .attachmentAbove(prefix, amount, attachmentIds)
                .throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewExternalTransfer[beneficiaryId=" + beneficiaryId + ", debitIban=" + Iban.mask(debitIban)
                + ", amount=" + amount + " " + currency + ", reference=" + reference + "]";
    }
}
