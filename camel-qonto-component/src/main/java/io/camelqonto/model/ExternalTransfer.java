package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A legacy external transfer, which Qonto has deprecated in favour of {@link SepaTransfer}. Amounts and cents are
 * decimal strings, as Qonto sends them here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalTransfer(String id, String slug, String debitIban, String debitAmount, String debitAmountCents,
        String debitCurrency, String initiatorId, String beneficiaryId, String creditAmount, String creditAmountCents,
        String creditCurrency, String reference, String status, Instant createdAt, String scheduledDate,
        String rateApplied, String paymentPurpose, String note, String declinedReason, Instant completedAt,
        Instant processedAt, String transactionId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                its id
     * @param slug              its readable identifier, built from the organization's slug
     * @param debitIban         the IBAN of the account debited
     * @param debitAmount       the amount debited, a decimal string
     * @param debitAmountCents  the amount debited in cents
     * @param debitCurrency     the currency of the account debited
     * @param initiatorId       the id of the member who initiated it
     * @param beneficiaryId     the id of the beneficiary
     * @param creditAmount      the amount credited, a decimal string
     * @param creditAmountCents the amount credited in cents
     * @param creditCurrency    the currency credited
     * @param reference         the reference the beneficiary sees
     * @param status            its status
     * @param createdAt         when it was created
     * @param scheduledDate     the day it is scheduled for
     * @param rateApplied       the exchange rate applied
     * @param paymentPurpose    the purpose of the payment
     * @param note              an internal note
     * @param declinedReason    why it was declined
     * @param completedAt       when it was completed
     * @param processedAt       when it was processed
     * @param transactionId     the id of the transaction it made
     * @param otherFields       the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public ExternalTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "ExternalTransfer[id=" + id + ", debitIban=" + Iban.mask(debitIban) + ", beneficiaryId="
                + beneficiaryId + ", debitAmount=" + debitAmount + " " + debitCurrency + ", status=" + status
                + ", reference=" + reference + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
