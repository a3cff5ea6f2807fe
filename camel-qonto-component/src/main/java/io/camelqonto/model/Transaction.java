package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A movement on a bank account. {@code amount} is always positive; {@link #side()} gives the
 * direction. Enumerations ({@code status}, {@code operationType}, {@code category}) are kept as
 * strings because Qonto extends them without notice. The blocks that describe one kind of
 * operation ({@code transfer}, {@code check}, {@code pagopa_payment}, ...) are null on the others.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transaction(String id, String transactionId, BigDecimal amount, Long amountCents, BigDecimal localAmount,
        Long localAmountCents, String currency, String localCurrency, BigDecimal settledBalance, Long settledBalanceCents,
        String side, String operationType, String status, String label, String cleanCounterpartyName, String note,
        String reference, Instant emittedAt, Instant settledAt, Instant createdAt, Instant updatedAt, BigDecimal vatAmount,
        Long vatAmountCents, BigDecimal vatRate, String initiatorId, List<String> labelIds, List<String> attachmentIds,
        Boolean attachmentLost, Boolean attachmentRequired, String cardLastDigits, String category, String subjectType,
        String bankAccountId, Boolean isExternalTransaction, Counterparty transfer, Counterparty income,
        Counterparty directDebit, JsonNode attachments, JsonNode labels, JsonNode vatDetails, Logo logo,
        CashflowCategory cashflowCategory, CashflowCategory cashflowSubcategory, Counterparty swiftIncome, Check check,
        FinancingInstallment financingInstallment, PagopaPayment pagopaPayment, Counterparty directDebitCollection,
        DirectDebitHold directDebitHold, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    /** Money in. */
    public static final String SIDE_CREDIT = "credit";
    /** Money out. */
    public static final String SIDE_DEBIT = "debit";

    public Transaction {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Links to the counterparty's logo, by size. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Logo(String small, String medium, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public Logo {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A cash-flow category (or sub-category) the transaction was filed under. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CashflowCategory(String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public CashflowCategory {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The cheque a cheque deposit was made with. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String checkNumber, String checkKey,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public Check {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Which instalment of a financing (pay later) this transaction is. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FinancingInstallment(Integer totalInstallmentsNumber, Integer currentInstallmentNumber,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public FinancingInstallment {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** An Italian pagoPA payment notice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PagopaPayment(String noticeNumber, String creditorFiscalCode, String iuv,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public PagopaPayment {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The share of a direct debit collection that Qonto holds back, as Qonto writes the rate. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DirectDebitHold(String guardingRate, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public DirectDebitHold {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    @Override
    public String toString() {
        return "Transaction[id=" + id + ", transactionId=" + transactionId + ", side=" + side + ", amount=" + amount + " "
                + currency + ", status=" + status + ", operationType=" + operationType + ", updatedAt=" + updatedAt
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
