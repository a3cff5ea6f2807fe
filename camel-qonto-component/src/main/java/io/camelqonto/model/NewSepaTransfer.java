package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A SEPA credit transfer to create: from {@code bankAccountId}, to an existing beneficiary
 * ({@code beneficiaryId}) or to one named inline ({@code beneficiary}), never both.
 * {@code amount} is a decimal string ("100.50"), as Qonto requires.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSepaTransfer(String bankAccountId, String beneficiaryId, NewSepaBeneficiary beneficiary, String reference,
        String amount, String note, LocalDate scheduledDate, List<String> attachmentIds)
        implements QontoInput, BeneficiaryPayment {

    /** Qonto asks for at least one attachment above this amount, in euros. */
    public static final java.math.BigDecimal ATTACHMENT_THRESHOLD = new java.math.BigDecimal("30000");

    /**
     * Keeps its own copy of the attachment ids.
     *
     * @param bankAccountId the account debited
     * @param beneficiaryId an existing beneficiary, or null
     * @param beneficiary   a beneficiary named inline, or null
     * @param reference     the reference the beneficiary sees
     * @param amount        the amount in euros, a decimal string
     * @param note          an internal note, or null
     * @param scheduledDate the execution date, or null for now
     * @param attachmentIds attachments, required above {@link #ATTACHMENT_THRESHOLD}
     */
    public NewSepaTransfer {
        attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
    }

    /** Throws {@link InvalidInputException} naming every field Qonto would refuse. */
    public void validate() {
        Validation validation = Validation.of("SEPA transfer")
                .required("transfer.bank_account_id", bankAccountId)
                .amount("transfer.amount", amount)
                .required("transfer.reference", reference)
                .maxLength("transfer.reference", reference, 140)
                .maxLength("transfer.note", note, 140);
        if (beneficiaryId == null && beneficiary == null) {
            validation.add("transfer.beneficiary", "is required (either beneficiary_id or beneficiary with name and iban)");
        } else if (beneficiaryId != null && beneficiary != null) {
            validation.add("transfer.beneficiary", "must be either beneficiary_id or beneficiary, not both");
        } else if (beneficiary != null) {
            beneficiary.validate(validation, "transfer.beneficiary.");
        } else if (beneficiaryId.isBlank()) {
            validation.add("transfer.beneficiary_id", "must not be blank");
        }
        if (attachmentIds != null && attachmentIds.size() > 5) {
            validation.add("transfer.attachment_ids", "may hold at most 5 attachments (got " + attachmentIds.size() + ")");
        }
        if (validation.violations().stream().noneMatch(v -> v.field().equals("transfer.amount"))
                && new java.math.BigDecimal(amount.trim()).compareTo(ATTACHMENT_THRESHOLD) > 0
                && (attachmentIds == null || attachmentIds.isEmpty())) {
            validation.add("transfer.attachment_ids", "needs at least one attachment for an amount above 30000.00");
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewSepaTransfer[bankAccountId=" + bankAccountId + ", beneficiaryId=" + beneficiaryId + ", beneficiary="
                + beneficiary + ", amount=" + amount + ", reference=" + reference + ", scheduledDate=" + scheduledDate + "]";
    }
}
