package io.camelqonto.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A request waiting for (or having received) an approver's decision: a transfer, a multi-transfer,
 * a flash card or a virtual card. Fields that belong to one request type are null for the others.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalRequest(String id, String requestType, String status, String initiatorId, String approverId,
        String note, String declinedNote, Instant processedAt, Instant createdAt,
        // transfer
        String creditorName, String amount, String currency, String scheduledDate, String recurrence,
        String lastRecurrenceDate, List<String> attachmentIds,
        // multi_transfer
        String totalTransfersAmount, String totalTransfersAmountCurrency, Integer totalTransfersCount,
        List<RequestedTransfer> transfers,
        // flash_card
        String paymentLifespanLimit, Instant preExpiresAt,
        // virtual_card
        String paymentMonthlyLimit, String cardLevel, String cardDesign,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /** A request to send a SEPA transfer. */
    public static final String TYPE_TRANSFER = "transfer";
    /** A request to send several SEPA transfers at once. */
    public static final String TYPE_MULTI_TRANSFER = "multi_transfer";
    /** A request for a flash card, a card valid for a short time. */
    public static final String TYPE_FLASH_CARD = "flash_card";
    /** A request for a virtual card. */
    public static final String TYPE_VIRTUAL_CARD = "virtual_card";

    /**
     * Keeps its own copy of the transfers and the keys beyond the declared ones.
     *
     * @param id                           its id
     * @param requestType                  the type of the request: transfer, multi_transfer, flash_card or virtual_card
     * @param status                       its status, as Qonto spells it
     * @param initiatorId                  the id of the member who initiated it
     * @param approverId                   the id of the member who approved or declined it
     * @param note                         the requester's note
     * @param declinedNote                 the reason given when it was declined
     * @param processedAt                  when it was processed
     * @param createdAt                    when it was created
     * @param creditorName                 the name of the transfer's beneficiary
     * @param amount                       the transfer's amount, a decimal string
     * @param currency                     the transfer's currency
     * @param scheduledDate                the day the transfer is scheduled for
     * @param recurrence                   how often the transfer repeats
     * @param lastRecurrenceDate           the day of the transfer's last repetition
     * @param attachmentIds                the ids of the transfer's attachments
     * @param totalTransfersAmount         the sum of the transfers' amounts, a decimal string
     * @param totalTransfersAmountCurrency the currency of that sum
     * @param totalTransfersCount          how many transfers it holds
     * @param transfers                    the transfers of a multi-transfer
     * @param paymentLifespanLimit         the most the flash card asked for may spend in all, a decimal string
     * @param preExpiresAt                 when the flash card asked for stops working
     * @param paymentMonthlyLimit          the most the virtual card asked for may spend in a month, a decimal string
     * @param cardLevel                    the level of the virtual card asked for
     * @param cardDesign                   the design of the virtual card asked for
     * @param otherFields                  the keys beyond the declared ones, kept and written back as they are; none
     *                                     when null
     */
    public ApprovalRequest {
        transfers = transfers == null ? null : List.copyOf(transfers);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** One transfer of a multi-transfer request, as Qonto answers its creation. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestedTransfer(String id, String creditAccountName, String amount, String currency,
            String reference, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id                its id
         * @param creditAccountName the name of the account credited
         * @param amount            its amount, a decimal string
         * @param currency          the currency, e.g. {@code EUR}
         * @param reference         the reference the beneficiary sees
         * @param otherFields       the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public RequestedTransfer {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "RequestedTransfer[id=" + id + ", amount=" + amount + " " + currency + ", reference=" + reference
                    + "]";
        }
    }

    /**
     * The plural path segment Qonto uses for this request type in approve/decline URLs.
     *
     * @param requestType the request type, e.g. {@value #TYPE_TRANSFER}
     * @return the path segment, or null for a null type
     */
    public static String pathSegment(String requestType) {
        if (requestType == null) {
            return null;
        }
        return requestType.endsWith("s") ? requestType : requestType + "s";
    }

    @Override
    public String toString() {
        return "ApprovalRequest[id=" + id + ", requestType=" + requestType + ", status=" + status + ", amount=" + amount
                + " " + currency + ", createdAt=" + createdAt + ", processedAt=" + processedAt + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
