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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                    its id
     * @param transactionId         its readable identifier, built from the organization's slug
     * @param amount                the amount, always positive
     * @param amountCents           the amount in cents
     * @param localAmount           the amount in the local currency, for payments abroad
     * @param localAmountCents      that amount in cents
     * @param currency              the account's currency
     * @param localCurrency         the local currency
     * @param settledBalance        the account's balance once it settled
     * @param settledBalanceCents   that balance in cents
     * @param side                  {@code credit} (money in) or {@code debit} (money out)
     * @param operationType         the kind of operation, e.g. {@code transfer}, {@code card} or {@code direct_debit}
     * @param status                {@code pending}, {@code declined} or {@code completed}
     * @param label                 the label shown for it, usually the counterparty
     * @param cleanCounterpartyName the counterparty's name, cleaned up by Qonto
     * @param note                  an internal note
     * @param reference             the reference of a transfer
     * @param emittedAt             when it was emitted
     * @param settledAt             when it was settled; null while it is pending
     * @param createdAt             when it was created
     * @param updatedAt             when it was last updated
     * @param vatAmount             the VAT, as filed
     * @param vatAmountCents        that in cents
     * @param vatRate               the VAT rate, as filed
     * @param initiatorId           the id of the member who initiated it
     * @param labelIds              the ids of its labels
     * @param attachmentIds         the ids of its attachments
     * @param attachmentLost        whether its receipt is marked as lost
     * @param attachmentRequired    whether a receipt is required for it
     * @param cardLastDigits        the last digits of the card used, for card payments
     * @param category              its category
     * @param subjectType           the kind of object it comes from
     * @param bankAccountId         the id of its account
     * @param isExternalTransaction whether it is on an account at another bank, aggregated into Qonto
     * @param transfer              the counterparty of a transfer
     * @param income                the counterparty of an income
     * @param directDebit           the counterparty of a direct debit
     * @param attachments           its attachments, when asked for with {@code includes}
     * @param labels                its labels, when asked for with {@code includes}
     * @param vatDetails            its VAT details, when asked for with {@code includes}
     * @param logo                  links to the counterparty's logo
     * @param cashflowCategory      the cash-flow category it is filed under
     * @param cashflowSubcategory   the cash-flow sub-category it is filed under
     * @param swiftIncome           the counterparty of an income by SWIFT
     * @param check                 the cheque, for cheque deposits
     * @param financingInstallment  which instalment of a financing it is
     * @param pagopaPayment         the pagoPA payment notice, for Italian pagoPA payments
     * @param directDebitCollection the counterparty of a direct debit collection
     * @param directDebitHold       the share of a direct debit collection Qonto holds back
     * @param otherFields           the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Transaction {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Links to the counterparty's logo, by size. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Logo(String small, String medium, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param small       a link to the small logo
         * @param medium      a link to the medium logo
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Logo {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A cash-flow category (or sub-category) the transaction was filed under. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CashflowCategory(String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param name        the category's name
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public CashflowCategory {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The cheque a cheque deposit was made with. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String checkNumber, String checkKey,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param checkNumber the cheque's number
         * @param checkKey    the cheque's key
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Check {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** Which instalment of a financing (pay later) this transaction is. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FinancingInstallment(Integer totalInstallmentsNumber, Integer currentInstallmentNumber,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param totalInstallmentsNumber  how many instalments the financing has
         * @param currentInstallmentNumber which one this is
         * @param otherFields              the keys beyond the declared ones, kept and written back as they are; none
         *                                 when null
         */
        public FinancingInstallment {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** An Italian pagoPA payment notice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PagopaPayment(String noticeNumber, String creditorFiscalCode, String iuv,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param noticeNumber       the notice number
         * @param creditorFiscalCode the creditor's fiscal code
         * @param iuv                the unique payment identifier (IUV)
         * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when
         *                           null
         */
        public PagopaPayment {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The share of a direct debit collection that Qonto holds back, as Qonto writes the rate. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DirectDebitHold(String guardingRate, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param guardingRate the rate held back
         * @param otherFields  the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
