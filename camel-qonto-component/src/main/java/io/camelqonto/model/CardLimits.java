package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * New spending limits of a card, as whole amounts in the account's currency; the daily and per-transaction limits
 * apply only when their {@code *Option} is true. Fields left null are not sent. Qonto asks for Strong Customer
 * Authentication to change them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardLimits(Integer atmMonthlyLimit, Boolean atmDailyLimitOption, Integer atmDailyLimit,
        Integer paymentMonthlyLimit, Boolean paymentDailyLimitOption, Integer paymentDailyLimit,
        Boolean paymentTransactionLimitOption, Integer paymentTransactionLimit, Integer paymentLifespanLimit,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param atmMonthlyLimit               the most the card may withdraw in a month
     * @param atmDailyLimitOption           whether the daily withdrawal limit applies
     * @param atmDailyLimit                 the most the card may withdraw in a day, when {@code atmDailyLimitOption} is
     *                                      true
     * @param paymentMonthlyLimit           the most the card may spend in a month
     * @param paymentDailyLimitOption       whether the daily spending limit applies
     * @param paymentDailyLimit             the most the card may spend in a day, when {@code paymentDailyLimitOption}
     *                                      is true
     * @param paymentTransactionLimitOption whether the per-payment limit applies
     * @param paymentTransactionLimit       the most one payment may be, when {@code paymentTransactionLimitOption} is
     *                                      true
     * @param paymentLifespanLimit          the most a flash card may spend in all
     * @param otherFields                   the keys beyond the declared ones, kept and written back as they are; none
     *                                      when null
     */
    public CardLimits {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("card limits");
        InputFields.notNegative(validation, "card.atm_monthly_limit", atmMonthlyLimit);
        InputFields.notNegative(validation, "card.atm_daily_limit", atmDailyLimit);
        InputFields.notNegative(validation, "card.payment_monthly_limit", paymentMonthlyLimit);
        InputFields.notNegative(validation, "card.payment_daily_limit", paymentDailyLimit);
        InputFields.notNegative(validation, "card.payment_transaction_limit", paymentTransactionLimit);
        InputFields.notNegative(validation, "card.payment_lifespan_limit", paymentLifespanLimit);
        boolean empty = atmMonthlyLimit == null && atmDailyLimitOption == null && atmDailyLimit == null
                && paymentMonthlyLimit == null && paymentDailyLimitOption == null && paymentDailyLimit == null
                && paymentTransactionLimitOption == null && paymentTransactionLimit == null
                && paymentLifespanLimit == null && otherFields.isEmpty();
        if (empty) {
            validation.add("card", "sets no limit");
        }
        InputFields.check(validation, "card.", otherFields).throwIfInvalid();
    }
}
