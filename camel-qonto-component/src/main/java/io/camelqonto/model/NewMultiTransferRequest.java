package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A request for up to 400 transfers that a reviewer approves (or declines) as one: each transfer names its creditor
 * by IBAN and account name. {@code debitIban} chooses the account (default: the main one); {@code scheduledDate}
 * defaults to the current or next banking day.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewMultiTransferRequest(String note, List<Transfer> transfers, LocalDate scheduledDate,
        String debitIban) implements QontoInput {

    /**
     * Writes the debit IBAN without spaces, in capitals, and keeps its own copy of the transfers.
     *
     * @param note          the requester's note to the reviewer
     * @param transfers     the transfers, at most 400
     * @param scheduledDate the day to make them, or null for now
     * @param debitIban     the IBAN of the account to debit; null for the main one
     */
    public NewMultiTransferRequest {
        debitIban = Iban.normalize(debitIban);
        transfers = transfers == null ? null : List.copyOf(transfers);
    }

    /** One transfer of the request. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transfer(String amount, String currency, String creditIban, String creditAccountName,
            String creditAccountCurrency, String reference, List<String> attachmentIds) {

        /**
         * Writes the credit IBAN without spaces, in capitals, and keeps its own copy of the attachment ids.
         *
         * @param amount                the amount, a decimal string
         * @param currency              the currency, e.g. {@code EUR}
         * @param creditIban            the IBAN of the account credited
         * @param creditAccountName     the beneficiary's name
         * @param creditAccountCurrency the currency of the account credited
         * @param reference             the reference the beneficiary sees
         * @param attachmentIds         the ids of its attachments
         */
        public Transfer {
            creditIban = Iban.normalize(creditIban);
            attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
        }

        @Override
        public String toString() {
            return "Transfer[creditIban=" + Iban.mask(creditIban) + ", creditAccountName=" + creditAccountName
                    + ", amount=" + amount + " " + currency + ", reference=" + reference + "]";
        }
    }

    @Override
    public void validate() {
        String prefix = "request_multi_transfer.";
        Validation validation = Validation.of("multi-transfer request")
                .required(prefix + "note", note)
                .maxLength(prefix + "note", note, 140)
                .iban(prefix + "debit_iban", debitIban);
        if (transfers == null || transfers.isEmpty() || transfers.size() > NewBulkTransfer.MAX_TRANSFERS) {
            validation.add(prefix + "transfers", "must hold between 1 and " + NewBulkTransfer.MAX_TRANSFERS
                    + " transfers (got " + (transfers == null ? 0 : transfers.size()) + ")");
        } else {
            for (int i = 0; i < transfers.size(); i++) {
                Transfer transfer = transfers.get(i);
                String item = prefix + "transfers[" + i + "].";
                if (transfer == null) {
                    validation.add(prefix + "transfers[" + i + "]", "is required");
                    continue;
                }
                validation.amount(item + "amount", transfer.amount())
                        .currency(item + "currency", transfer.currency())
                        .required(item + "credit_iban", transfer.creditIban())
                        .iban(item + "credit_iban", transfer.creditIban())
                        .required(item + "credit_account_name", transfer.creditAccountName())
                        .maxLength(item + "credit_account_name", transfer.creditAccountName(), 140)
                        .currency(item + "credit_account_currency", transfer.creditAccountCurrency())
                        .required(item + "reference", transfer.reference())
                        .maxLength(item + "reference", transfer.reference(), 140);
            }
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewMultiTransferRequest[note=" + note + ", transfers=" + (transfers == null ? 0 : transfers.size())
                + ", scheduledDate=" + scheduledDate + ", debitIban=" + Iban.mask(debitIban) + "]";
    }
}
