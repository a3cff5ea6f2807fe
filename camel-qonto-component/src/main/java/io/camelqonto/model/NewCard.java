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
 * A card to create for a member ({@code holderId}) on a business account. Limits are whole amounts in the account's
 * currency, as Qonto requires; {@code activeDays} are 1 (Monday) to 7 (Sunday); empty {@code categories} mean no
 * restriction. A flash card adds {@code paymentLifespanLimit} and {@code preExpiresAt}. Fields this model does not
 * declare are kept in {@code otherFields} and sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewCard(String holderId, String initiatorId, String organizationId, String bankAccountId,
        String cardLevel, Boolean shipToBusiness, Boolean atmOption, Boolean nfcOption, Boolean foreignOption,
        Boolean onlineOption, Integer atmMonthlyLimit, Boolean atmDailyLimitOption, Integer atmDailyLimit,
        Integer paymentMonthlyLimit, Boolean paymentDailyLimitOption, Integer paymentDailyLimit,
        Boolean paymentTransactionLimitOption, Integer paymentTransactionLimit, Integer paymentLifespanLimit,
        Instant preExpiresAt, List<Integer> activeDays, List<String> categories, String cardDesign,
        String typeOfPrint, Address address, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoInput {

    /**
     * Keeps its own copy of the active days, the categories and the keys beyond the declared ones.
     *
     * @param holderId                      the membership id of the card's holder
     * @param initiatorId                   the membership id of the member ordering it
     * @param organizationId                the id of the organization
     * @param bankAccountId                 the id of the account the card spends from
     * @param cardLevel                     the card's level, e.g. {@code standard}, {@code plus} or {@code virtual}
     * @param shipToBusiness                whether a physical card is sent to the organization's address
     * @param atmOption                     whether the card may withdraw cash
     * @param nfcOption                     whether the card may pay contactless
     * @param foreignOption                 whether the card may pay abroad
     * @param onlineOption                  whether the card may pay online
     * @param atmMonthlyLimit               the most the card may withdraw in a month, a whole amount
     * @param atmDailyLimitOption           whether the daily withdrawal limit applies
     * @param atmDailyLimit                 the most the card may withdraw in a day, when {@code atmDailyLimitOption} is
     *                                      true
     * @param paymentMonthlyLimit           the most the card may spend in a month, a whole amount
     * @param paymentDailyLimitOption       whether the daily spending limit applies
     * @param paymentDailyLimit             the most the card may spend in a day, when {@code paymentDailyLimitOption}
     *                                      is true
     * @param paymentTransactionLimitOption whether the per-payment limit applies
     * @param paymentTransactionLimit       the most one payment may be, when {@code paymentTransactionLimitOption} is
     *                                      true
     * @param paymentLifespanLimit          the most a flash card may spend in all, a whole amount
     * @param preExpiresAt                  when a flash card stops working
     * @param activeDays                    the days of the week the card may pay on, 1 (Monday) to 7 (Sunday)
     * @param categories                    the merchant categories the card may pay at; none means all
     * @param cardDesign                    the card's design, one of those the card appearances list
     * @param typeOfPrint                   how the card's design is printed: {@code print} or {@code embossed}
     * @param address                       where a physical card is sent, when not to the organization's address
     * @param otherFields                   the keys beyond the declared ones, kept and written back as they are; none
     *                                      when null
     */
    public NewCard {
        activeDays = activeDays == null ? null : List.copyOf(activeDays);
        categories = categories == null ? null : List.copyOf(categories);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A card of this level for the holder, on the account, with Qonto's defaults for everything else.
     *
     * @param cardLevel     the card's level, e.g. {@code standard} or {@code virtual}
     * @param holderId      the membership id of the card's holder
     * @param bankAccountId the id of the account the card spends from
     * @return the card
     */
    public static NewCard of(String cardLevel, String holderId, String bankAccountId) {
        return new NewCard(holderId, null, null, bankAccountId, cardLevel, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Where a physical card is sent, when not to the organization's address. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String contactName, String firstLine, String secondLine, String thirdLine, String zipcode,
            String city, String country, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param contactName the name the card is sent to
         * @param firstLine   the first line of the address
         * @param secondLine  the second line of the address
         * @param thirdLine   the third line of the address
         * @param zipcode     the postal code
         * @param city        the city
         * @param country     the country
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Address {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "Address[city=" + city + ", country=" + country + "]";
        }
    }

    @Override
    public void validate() {
        validate(Validation.of("card"), "card.").throwIfInvalid();
    }

    /**
     * Adds this card's violations under the given field prefix.
     *
     * @param validation the validation to add to
     * @param prefix     put before each field name, e.g. {@code cards[2].card.} in a bulk creation
     * @return the validation
     */
    public Validation validate(Validation validation, String prefix) {
        validation.required(prefix + "holder_id", holderId)
                .identifier(prefix + "holder_id", holderId)
                .required(prefix + "bank_account_id", bankAccountId)
                .identifier(prefix + "bank_account_id", bankAccountId)
                .identifier(prefix + "initiator_id", initiatorId)
                .identifier(prefix + "organization_id", organizationId)
                .required(prefix + "card_level", cardLevel);
        InputFields.notNegative(validation, prefix + "atm_monthly_limit", atmMonthlyLimit);
        InputFields.notNegative(validation, prefix + "atm_daily_limit", atmDailyLimit);
        InputFields.notNegative(validation, prefix + "payment_monthly_limit", paymentMonthlyLimit);
        InputFields.notNegative(validation, prefix + "payment_daily_limit", paymentDailyLimit);
        InputFields.notNegative(validation, prefix + "payment_transaction_limit", paymentTransactionLimit);
        InputFields.notNegative(validation, prefix + "payment_lifespan_limit", paymentLifespanLimit);
        CardRestrictions.checkDays(validation, prefix + "active_days", activeDays);
        if (typeOfPrint != null && !List.of("print", "embossed").contains(typeOfPrint)) {
            validation.add(prefix + "type_of_print", "must be print or embossed (got " + typeOfPrint + ")");
        }
        if (address != null) {
            InputFields.check(validation, prefix + "address.", address.otherFields());
        }
        return InputFields.check(validation, prefix, otherFields);
    }

    @Override
    public String toString() {
        return "NewCard[cardLevel=" + cardLevel + ", holderId=" + holderId + ", bankAccountId=" + bankAccountId
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
