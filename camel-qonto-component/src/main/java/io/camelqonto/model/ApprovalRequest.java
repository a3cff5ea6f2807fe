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

    public ApprovalRequest {
        transfers = transfers == null ? null : List.copyOf(transfers);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** One transfer of a multi-transfer request, as Qonto answers its creation. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestedTransfer(String id, String creditAccountName, String amount, String currency,
            String reference, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

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
