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
