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

    /**
     * Keeps its own copy of the active days, the categories and the keys beyond the declared ones.
     *
     * @param id                            its id
     * @param nickname                      its nickname
     * @param embossedName                  the name printed on the card
     * @param status                        its status, e.g. {@code live}, {@code paused} or {@code lost}
     * @param pinSet                        whether the card's PIN is set
     * @param maskPan                       the card number, masked
     * @param expMonth                      the month the card expires
     * @param expYear                       the year the card expires
     * @param lastActivityAt                when the card was last used
     * @param lastDigits                    the last four digits of the card number
     * @param shipToBusiness                whether a physical card is sent to the organization's address
     * @param atmOption                     whether the card may withdraw cash
     * @param nfcOption                     whether the card may pay contactless
     * @param onlineOption                  whether the card may pay online
     * @param foreignOption                 whether the card may pay abroad
     * @param atmMonthlyLimit               the most the card may withdraw in a month
     * @param atmMonthlySpent               what the card withdrew this month
     * @param atmDailyLimit                 the most the card may withdraw in a day, when {@code atmDailyLimitOption} is
     *                                      true
     * @param atmDailySpent                 what the card withdrew today
     * @param atmDailyLimitOption           whether the daily withdrawal limit applies
     * @param paymentMonthlyLimit           the most the card may spend in a month
     * @param paymentMonthlySpent           what the card spent this month
     * @param paymentDailyLimit             the most the card may spend in a day, when {@code paymentDailyLimitOption}
     *                                      is true
     * @param paymentDailySpent             what the card spent today
     * @param paymentDailyLimitOption       whether the daily spending limit applies
     * @param paymentTransactionLimit       the most one payment may be, when {@code paymentTransactionLimitOption} is
     *                                      true
     * @param paymentTransactionLimitOption whether the per-payment limit applies
     * @param activeDays                    the days of the week the card may pay on, 1 (Monday) to 7 (Sunday)
     * @param holderId                      the membership id of the card's holder
     * @param initiatorId                   the id of the member who ordered it
     * @param bankAccountId                 the id of the account the card spends from
     * @param organizationId                the id of the organization
     * @param updatedAt                     when it was last updated
     * @param createdAt                     when it was created
     * @param shippedAt                     when the physical card was shipped
     * @param cardType                      the card's type, e.g. {@code debit}
     * @param cardLevel                     the card's level, e.g. {@code standard}, {@code plus}, {@code metal},
     *                                      {@code virtual} or {@code flash}
     * @param paymentLifespanLimit          the most a flash card may spend in all
     * @param paymentLifespanSpent          what the card spent in all
     * @param preExpiresAt                  when a flash card stops working
     * @param categories                    the merchant categories the card may pay at; none means all
     * @param renewed                       whether the card was renewed
     * @param renewal                       whether the card is the renewal of another
     * @param parentCardSummary             the card this one replaced, if any
     * @param hadOperation                  whether the card was ever used
     * @param hadPinOperation               whether the card was ever used with its PIN
     * @param cardDesign                    the card's design
     * @param typeOfPrint                   how the card's design is printed, e.g. {@code print} or {@code embossed}
     * @param upsold                        whether the card was upgraded to a higher level
     * @param upsell                        whether the card is the upgrade of another
     * @param discardOn                     the day the card is discarded
     * @param reordered                     whether the card was ordered again
     * @param appearance                    how the card looks
     * @param hasOnlyUserLiftableLocks      whether every lock on the card is one its holder may lift
     * @param otherFields                   the keys beyond the declared ones, kept and written back as they are; none
     *                                      when null
     */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param id          the id of the card replaced
         * @param lastDigits  its last four digits
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
