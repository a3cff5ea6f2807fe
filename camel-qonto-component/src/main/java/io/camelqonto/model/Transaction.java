package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A movement on a bank account. {@code amount} is always positive; {@link #side()} gives the
 * direction. Enumerations ({@code status}, {@code operationType}, {@code category}) are kept as
 * strings because Qonto extends them without notice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transaction(String id, String transactionId, BigDecimal amount, Long amountCents, BigDecimal localAmount,
        Long localAmountCents, String currency, String localCurrency, BigDecimal settledBalance, Long settledBalanceCents,
        String side, String operationType, String status, String label, String cleanCounterpartyName, String note,
        String reference, Instant emittedAt, Instant settledAt, Instant createdAt, Instant updatedAt, BigDecimal vatAmount,
        Long vatAmountCents, BigDecimal vatRate, String initiatorId, List<String> labelIds, List<String> attachmentIds,
        Boolean attachmentLost, Boolean attachmentRequired, String cardLastDigits, String category, String subjectType,
        String bankAccountId, Boolean isExternalTransaction, Counterparty transfer, Counterparty income,
        Counterparty directDebit, JsonNode attachments, JsonNode labels, JsonNode vatDetails) implements QontoModel {

    /** Money in. */
    public static final String SIDE_CREDIT = "credit";
    /** Money out. */
    public static final String SIDE_DEBIT = "debit";

    @Override
    public String toString() {
        return "Transaction[id=" + id + ", transactionId=" + transactionId + ", side=" + side + ", amount=" + amount + " "
                + currency + ", status=" + status + ", operationType=" + operationType + ", updatedAt=" + updatedAt + "]";
    }
}
