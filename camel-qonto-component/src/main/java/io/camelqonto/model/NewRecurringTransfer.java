package io.camelqonto.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A SEPA recurring transfer to set up: {@code amount} (a decimal string) every {@code frequency} from
 * {@code firstExecutionDate}, until {@code lastExecutionDate} or, without one, until canceled. The beneficiary is named
 * by {@code beneficiaryId} or given inline ({@code beneficiary}), never both. Qonto asks for SCA on every one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRecurringTransfer(String bankAccountId, String beneficiaryId, NewSepaBeneficiary beneficiary,
        String reference, String amount, String frequency, LocalDate firstExecutionDate, LocalDate lastExecutionDate,
        String note, List<String> attachmentIds) implements QontoInput, BeneficiaryPayment {

    /** The frequencies Qonto documents. */
    public static final List<String> FREQUENCIES = List.of("weekly", "monthly", "quarterly", "half_yearly", "yearly");

    /**
     * Keeps its own copy of the attachment ids.
     *
     * @param bankAccountId      the id of the account to debit
     * @param beneficiaryId      an existing beneficiary, or null
     * @param beneficiary        a beneficiary given inline, or null
     * @param reference          the reference the beneficiary sees
     * @param amount             the amount, a decimal string
     * @param frequency          how often the transfer is made, e.g. {@code monthly}
     * @param firstExecutionDate the day of the first transfer
     * @param lastExecutionDate  the day of the last transfer; none means until canceled
     * @param note               an internal note
     * @param attachmentIds      the ids of its attachments
     */
    public NewRecurringTransfer {
        attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
    }

    @Override
    public void validate() {
        String prefix = "recurring_transfer.";
        Validation validation = Validation.of("SEPA recurring transfer")
                .required(prefix + "bank_account_id", bankAccountId)
                .amount(prefix + "amount", amount)
                .required(prefix + "reference", reference)
                .maxLength(prefix + "reference", reference, 140)
                .maxLength(prefix + "note", note, 140)
                .required(prefix + "first_execution_date", firstExecutionDate)
                .oneOf(prefix + "frequency", frequency, FREQUENCIES)
                .beneficiary(prefix, beneficiaryId, beneficiary);
        if (firstExecutionDate != null && lastExecutionDate != null && lastExecutionDate.isBefore(firstExecutionDate)) {
            validation.add(prefix + "last_execution_date", "must not be before first_execution_date");
        }
        validation.attachmentAbove(prefix, amount, attachmentIds);
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewRecurringTransfer[bankAccountId=" + bankAccountId + ", beneficiaryId=" + beneficiaryId
                + ", beneficiary=" + beneficiary + ", amount=" + amount + ", frequency=" + frequency
                + ", firstExecutionDate=" + firstExecutionDate + ", lastExecutionDate=" + lastExecutionDate + "]";
    }
}
