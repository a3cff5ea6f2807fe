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
