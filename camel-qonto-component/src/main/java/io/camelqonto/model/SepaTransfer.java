package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A SEPA credit transfer as Qonto reports it. The response amount is a number; requests send a string. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SepaTransfer(String id, String initiatorId, String bankAccountId, String beneficiaryId, BigDecimal amount,
        Long amountCents, String amountCurrency, String status, String reference, String note, String scheduledDate,
        Instant createdAt, Instant updatedAt, Instant processedAt, Instant completedAt, String transactionId,
        String recurringTransferId, String declinedReason) implements QontoModel {
}
