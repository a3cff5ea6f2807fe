package io.camelqonto.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Up to 400 SEPA transfers from one account, sent in one call. Each transfer carries a {@code clientTransferId}, a
 * UUID the caller chooses and keeps: it is how the bulk transfer's results are matched to the transfers asked for.
 * Qonto checks the rules of each transfer after accepting the bulk; the ones it documents are checked here first.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewBulkTransfer(String bankAccountId, List<Item> bulkTransfers) implements QontoInput {

    /** The most transfers one bulk transfer may hold. */
    public static final int MAX_TRANSFERS = 400;

    /**
     * Keeps its own copy of the bulk transfers.
     *
     * @param bankAccountId the id of the account to debit
     * @param bulkTransfers the transfers, at most 400
     */
    public NewBulkTransfer {
        bulkTransfers = bulkTransfers == null ? null : List.copyOf(bulkTransfers);
    }

    /**
     * One transfer of the bulk, to a beneficiary named by id or given inline.
     *
     * @param clientTransferId a UUID chosen by the caller, unique in the bulk
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String clientTransferId, String amount, String reference, String beneficiaryId,
            NewSepaBeneficiary beneficiary, LocalDate scheduledDate, String note, List<String> attachmentIds)
            implements BeneficiaryPayment {

        /**
         * Keeps its own copy of the attachment ids.
         *
         * @param clientTransferId a UUID chosen by the caller, unique in the bulk
         * @param amount           the amount, a decimal string
         * @param reference        the reference the beneficiary sees
         * @param beneficiaryId    an existing beneficiary, or null
         * @param beneficiary      a beneficiary given inline, or null
         * @param scheduledDate    the day to make it, or null for now
         * @param note             an internal note
         * @param attachmentIds    the ids of its attachments
         */
        public Item {
            attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
        }

        void validate(Validation validation, String prefix) {
            validation.uuid(prefix + "client_transfer_id", clientTransferId)
                    .amount(prefix + "amount", amount)
                    .required(prefix + "reference", reference)
                    .maxLength(prefix + "reference", reference, 140)
                    .maxLength(prefix + "note", note, 140)
                    .beneficiary(prefix, beneficiaryId, beneficiary)
                    .attachmentAbove(prefix, amount, attachmentIds);
            if (attachmentIds != null && attachmentIds.size() > 5) {
                validation.add(prefix + "attachment_ids", "may hold at most 5 attachments (got "
                        + attachmentIds.size() + ")");
            }
        }

        @Override
        public String toString() {
            return "Item[clientTransferId=" + clientTransferId + ", beneficiaryId=" + beneficiaryId + ", beneficiary="
                    + beneficiary + ", amount=" + amount + ", reference=" + reference + "]";
        }
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("SEPA bulk transfer").required("bank_account_id", bankAccountId);
        if (bulkTransfers == null || bulkTransfers.isEmpty() || bulkTransfers.size() > MAX_TRANSFERS) {
            validation.add("bulk_transfers", "must hold between 1 and " + MAX_TRANSFERS + " transfers (got "
                    + (bulkTransfers == null ? 0 : bulkTransfers.size()) + ")");
        } else {
            Set<String> clientIds = new HashSet<>();
            for (int i = 0; i < bulkTransfers.size(); i++) {
                Item item = bulkTransfers.get(i);
                String prefix = "bulk_transfers[" + i + "].";
                if (item == null) {
                    validation.add("bulk_transfers[" + i + "]", "is required");
                    continue;
                }
                item.validate(validation, prefix);
                if (item.clientTransferId() != null
                        && !clientIds.add(item.clientTransferId().toLowerCase(Locale.ROOT))) {
                    validation.add(prefix + "client_transfer_id", "is used by another transfer of this bulk");
                }
            }
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewBulkTransfer[bankAccountId=" + bankAccountId + ", transfers="
                + (bulkTransfers == null ? 0 : bulkTransfers.size()) + "]";
    }
}
