package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A SEPA credit transfer to create: from {@code bankAccountId}, to an existing beneficiary
 * ({@code beneficiaryId}) or to one named inline ({@code beneficiary}), never both.
 * {@code amount} is a decimal string ("100.50"), as Qonto requires.
 *
 * <p>Values with a fixed form (amount, ids, currency) lose surrounding whitespace here, so what is checked is what is
 * sent; free text (reference, note) is sent as given. SEPA transfers are in euros: Qonto's request has no currency, so
 * a {@code currency} is only read, to refuse any other than EUR rather than send the transfer in euros
 * unnoticed.</p>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSepaTransfer(String bankAccountId, String beneficiaryId, NewSepaBeneficiary beneficiary, String reference,
        String amount, String note, LocalDate scheduledDate, List<String> attachmentIds,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String currency) implements QontoInput, BeneficiaryPayment {

    /** Qonto asks for at least one attachment above this amount, in euros. */
    public static final BigDecimal ATTACHMENT_THRESHOLD = new BigDecimal("30000");

    /** Qonto schedules transfers by the date in Paris. */
    private static final ZoneId QONTO_ZONE = ZoneId.of("Europe/Paris");

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
     * @param currency      only read, to refuse any other than EUR; null means EUR
     */
    public NewSepaTransfer {
        bankAccountId = strip(bankAccountId);
        beneficiaryId = strip(beneficiaryId);
        amount = strip(amount);
        currency = strip(currency);
        attachmentIds = attachmentIds == null ? null : attachmentIds.stream().map(NewSepaTransfer::strip).toList();
    }

    /**
     * A transfer in euros, the only currency of SEPA transfers.
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
    public NewSepaTransfer(String bankAccountId, String beneficiaryId, NewSepaBeneficiary beneficiary, String reference,
            String amount, String note, LocalDate scheduledDate, List<String> attachmentIds) {
        this(bankAccountId, beneficiaryId, beneficiary, reference, amount, note, scheduledDate, attachmentIds, null);
    }

    /** Throws {@link InvalidInputException} naming every field Qonto would refuse. */
    public void validate() {
        Validation validation = Validation.of("SEPA transfer")
                .required("transfer.bank_account_id", bankAccountId)
                .identifier("transfer.bank_account_id", bankAccountId)
                .amount("transfer.amount", amount)
                .required("transfer.reference", reference)
                .maxLength("transfer.reference", reference, 140)
                .text("transfer.reference", reference)
                .maxLength("transfer.note", note, 140)
                .text("transfer.note", note)
                .notBefore("transfer.scheduled_date", scheduledDate, LocalDate.now(QONTO_ZONE));
        if (currency != null && !"EUR".equals(currency)) {
            validation.add("transfer.currency", "must be EUR: SEPA transfers are in euros (got "
                    + (currency.matches("[A-Za-z]{1,5}") ? currency : "another value") + ")");
        }
        if (beneficiaryId == null && beneficiary == null) {
            validation.add("transfer.beneficiary", "is required (either beneficiary_id or beneficiary with name and iban)");
        } else if (beneficiaryId != null && beneficiary != null) {
            validation.add("transfer.beneficiary", "must be either beneficiary_id or beneficiary, not both");
        } else if (beneficiary != null) {
            beneficiary.validate(validation, "transfer.beneficiary.");
        } else if (beneficiaryId.isBlank()) {
            validation.add("transfer.beneficiary_id", "must not be blank");
        } else {
            validation.identifier("transfer.beneficiary_id", beneficiaryId);
        }
        if (attachmentIds != null) {
            if (attachmentIds.size() > 5) {
                validation.add("transfer.attachment_ids", "may hold at most 5 attachments (got " + attachmentIds.size()
                        + ")");
            }
            attachmentIds.forEach(id -> validation.required("transfer.attachment_ids", id)
                    .identifier("transfer.attachment_ids", id));
        }
        if (!validation.names("transfer.amount") && new BigDecimal(amount).compareTo(ATTACHMENT_THRESHOLD) > 0
                && (attachmentIds == null || attachmentIds.isEmpty())) {
            validation.add("transfer.attachment_ids", "needs at least one attachment for an amount above 30000.00");
        }
        validation.throwIfInvalid();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public String toString() {
        return "NewSepaTransfer[bankAccountId=" + bankAccountId + ", beneficiaryId=" + beneficiaryId + ", beneficiary="
                + beneficiary + ", amount=" + amount + ", reference=" + reference + ", scheduledDate=" + scheduledDate + "]";
    }
}
