package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Legacy external transfers to beneficiaries given by name and IBAN, from the account of {@code debitIban}
 * (deprecated by Qonto: create a {@link NewBulkTransfer} instead). Unknown beneficiaries are created untrusted.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalTransferCheckout(String debitIban, List<Item> externalTransfers) implements QontoInput {

    /**
     * Writes the debit IBAN without spaces, in capitals, and keeps its own copy of the external transfers.
     *
     * @param debitIban         the IBAN of the account to debit
     * @param externalTransfers the transfers
     */
    public ExternalTransferCheckout {
        debitIban = Iban.normalize(debitIban);
        externalTransfers = externalTransfers == null ? null : List.copyOf(externalTransfers);
    }

    /**
     * One transfer of the checkout.
     *
     * @param idempotencyKey optional: a key of this transfer, beside the call's own
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String creditIban, String creditAccountName, String creditAccountCurrency, String reference,
            String currency, String amount, String note, LocalDate scheduledDate, List<String> attachmentIds,
            String idempotencyKey) {

        /**
         * Writes the credit IBAN without spaces, in capitals, and keeps its own copy of the attachment ids.
         *
         * @param creditIban            the IBAN of the account credited
         * @param creditAccountName     the beneficiary's name
         * @param creditAccountCurrency the currency of the account credited
         * @param reference             the reference the beneficiary sees
         * @param currency              the currency of the amount
         * @param amount                the amount, a decimal string
         * @param note                  an internal note
         * @param scheduledDate         the day to make it, or null for now
         * @param attachmentIds         the ids of its attachments
         * @param idempotencyKey        optional: a key of this transfer, beside the call's own
         */
        public Item {
            creditIban = Iban.normalize(creditIban);
            attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
        }

        @Override
        public String toString() {
            return "Item[creditIban=" + Iban.mask(creditIban) + ", creditAccountName=" + creditAccountName
                    + ", amount=" + amount + " " + currency + ", reference=" + reference + "]";
        }
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("external transfer checkout")
                .required("debit_iban", debitIban)
                .iban("debit_iban", debitIban);
        if (externalTransfers == null || externalTransfers.isEmpty()
                || externalTransfers.size() > NewBulkTransfer.MAX_TRANSFERS) {
            validation.add("external_transfers", "must hold between 1 and " + NewBulkTransfer.MAX_TRANSFERS
                    + " transfers (got " + (externalTransfers == null ? 0 : externalTransfers.size()) + ")");
        } else {
            for (int i = 0; i < externalTransfers.size(); i++) {
                Item item = externalTransfers.get(i);
                String prefix = "external_transfers[" + i + "].";
                if (item == null) {
                    validation.add("external_transfers[" + i + "]", "is required");
                    continue;
                }
                validation.required(prefix + "credit_iban", item.creditIban())
                        .iban(prefix + "credit_iban", item.creditIban())
                        .required(prefix + "credit_account_name", item.creditAccountName())
                        .maxLength(prefix + "credit_account_name", item.creditAccountName(), 140)
                        .currency(prefix + "credit_account_currency", item.creditAccountCurrency())
                        .amount(prefix + "amount", item.amount())
                        .currency(prefix + "currency", item.currency())
                        .required(prefix + "reference", item.reference())
                        .maxLength(prefix + "reference", item.reference(), 140)
                        .maxLength(prefix + "note", item.note(), 140)
                        .attachmentAbove(prefix, item.amount(), item.attachmentIds());
            }
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "ExternalTransferCheckout[debitIban=" + Iban.mask(debitIban) + ", transfers="
                + (externalTransfers == null ? 0 : externalTransfers.size()) + "]";
    }
}
