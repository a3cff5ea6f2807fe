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
 * A link through which a customer pays the organization by card, PayPal, iDEAL and the like. {@code status} is
 * {@code open}, {@code processing}, {@code paid}, {@code expired} or {@code canceled}; {@code url} is the page the
 * customer pays on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentLink(String id, String status, Instant expirationDate, List<String> potentialPaymentMethods,
        Money amount, List<Item> items, Boolean reusable, Instant createdAt, String url,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the payment methods on offer, the items and the keys beyond the declared ones.
     *
     * @param id                      its id
     * @param status                  {@code open}, {@code processing}, {@code paid}, {@code expired} or
     *                                {@code canceled}
     * @param expirationDate          when it expires
     * @param potentialPaymentMethods the payment methods the link offers, e.g. {@code credit_card}
     * @param amount                  the amount to pay
     * @param items                   what it sells
     * @param reusable                whether the link can be paid more than once
     * @param createdAt               when it was created
     * @param url                     the link the customer pays through
     * @param otherFields             the keys beyond the declared ones, kept and written back as they are; none when
     *                                null
     */
    public PaymentLink {
        potentialPaymentMethods = potentialPaymentMethods == null ? null : List.copyOf(potentialPaymentMethods);
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A line of what the link sells; unlike invoice lines, the quantity is a JSON number. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String title, BigDecimal quantity, Money unitPrice, String vatRate, String type,
            String description, String measureUnit, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param title       what is sold
         * @param quantity    the quantity
         * @param unitPrice   the price of one unit, VAT excluded
         * @param vatRate     the VAT rate, a fraction such as {@code 0.2}
         * @param type        {@code good} or {@code service}
         * @param description a description of the line
         * @param measureUnit the unit of the quantity
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Item {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "Item[title=" + title + ", quantity=" + quantity + ", unitPrice=" + unitPrice + ", vatRate="
                    + vatRate + ", type=" + type + ", otherFields=" + OtherFields.describe(otherFields) + "]";
        }
    }

    @Override
    public String toString() {
        return "PaymentLink[id=" + id + ", status=" + status + ", amount=" + amount + ", expirationDate="
                + expirationDate + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
