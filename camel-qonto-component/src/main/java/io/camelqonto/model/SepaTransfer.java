package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A SEPA credit transfer as Qonto reports it. The response amount is a number; requests send a string. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SepaTransfer(String id, String initiatorId, String bankAccountId, String beneficiaryId, BigDecimal amount,
        Long amountCents, String amountCurrency, String status, String reference, String note, String scheduledDate,
        Instant createdAt, Instant updatedAt, Instant processedAt, Instant completedAt, String transactionId,
        String recurringTransferId, String declinedReason,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                  its id
     * @param initiatorId         the id of the member who initiated it
     * @param bankAccountId       the id of the account debited
     * @param beneficiaryId       the id of the beneficiary
     * @param amount              the amount
     * @param amountCents         the amount in cents
     * @param amountCurrency      the currency of the amount
     * @param status              its status, e.g. {@code pending}, {@code processing} or {@code settled}
     * @param reference           the reference the beneficiary sees
     * @param note                an internal note
     * @param scheduledDate       the day it is scheduled for, ISO-8601
     * @param createdAt           when it was created
     * @param updatedAt           when it was last updated
     * @param processedAt         when it was processed
     * @param completedAt         when it was completed
     * @param transactionId       the id of the transaction it made
     * @param recurringTransferId the id of the recurring transfer that made it, if any
     * @param declinedReason      why it was declined
     * @param otherFields         the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public SepaTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "SepaTransfer[id=" + id + ", beneficiaryId=" + beneficiaryId + ", amount=" + amount + " " + amountCurrency
                + ", status=" + status + ", reference=" + reference + ", scheduledDate=" + scheduledDate + ", updatedAt="
                + updatedAt + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
