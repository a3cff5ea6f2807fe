package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A payment card of the organization: physical ({@code standard}, {@code plus}, {@code metal}), virtual or flash.
 * {@code status}, {@code cardType} and {@code cardLevel} are strings because Qonto adds values without notice. Limits
 * and amounts spent are in the card's currency, as decimals: Qonto documents whole numbers for limits, but its card
 * webhooks carry them with decimals. The masked PAN and the last digits are all Qonto ever shows of the number.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(String id, String nickname, String embossedName, String status, Boolean pinSet, String maskPan,
        String expMonth, String expYear, Instant lastActivityAt, String lastDigits, Boolean shipToBusiness,
        Boolean atmOption, Boolean nfcOption, Boolean onlineOption, Boolean foreignOption,
        BigDecimal atmMonthlyLimit, BigDecimal atmMonthlySpent, BigDecimal atmDailyLimit, BigDecimal atmDailySpent,
        Boolean atmDailyLimitOption, BigDecimal paymentMonthlyLimit, BigDecimal paymentMonthlySpent,
        BigDecimal paymentDailyLimit, BigDecimal paymentDailySpent, Boolean paymentDailyLimitOption,
        BigDecimal paymentTransactionLimit, Boolean paymentTransactionLimitOption, List<Integer> activeDays,
        String holderId, String initiatorId, String bankAccountId, String organizationId, Instant updatedAt,
        Instant createdAt, Instant shippedAt, String cardType, String cardLevel, BigDecimal paymentLifespanLimit,
        BigDecimal paymentLifespanSpent, Instant preExpiresAt, List<String> categories, Boolean renewed,
        Boolean renewal, ParentCardSummary parentCardSummary, Boolean hadOperation, Boolean hadPinOperation,
        String cardDesign, String typeOfPrint, Boolean upsold, Boolean upsell, String discardOn, Boolean reordered,
        CardAppearance appearance, Boolean hasOnlyUserLiftableLocks,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public Card {
        activeDays = activeDays == null ? null : List.copyOf(activeDays);
        categories = categories == null ? null : List.copyOf(categories);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The card this one replaced, when it is a renewal or a replacement. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParentCardSummary(String id, String lastDigits,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public ParentCardSummary {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** The holder's name and the masked number are personal or sensitive: only what tells cards apart is shown. */
    @Override
    public String toString() {
        return "Card[id=" + id + ", cardLevel=" + cardLevel + ", status=" + status + ", lastDigits=" + lastDigits
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
