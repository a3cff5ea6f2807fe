package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A line of a client invoice, credit note or quote as Qonto answers it: what was sold, its quantity and unit price,
 * and the totals Qonto computed. Quantities and VAT rates are decimal strings ({@code "2"}, {@code "0.2"}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceItem(String title, String description, String quantity, String unit, Money unitPrice,
        Long unitPriceCents, String vatRate, String vatExemptionReason, Discount discount, Money totalVat,
        Long totalVatCents, Money totalAmount, Long totalAmountCents, Money subtotal, Long subtotalCents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public InvoiceItem {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A discount on an item or a whole quote: {@code type} {@code percentage} (a {@code value} such as
     * {@code "0.1"}) or an absolute amount ({@code absolute}, {@code amount}); {@code amount} is what it takes off.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discount(String type, String value, Money amount, Long amountCents,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        public Discount {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "Discount[type=" + type + ", value=" + value + ", amount=" + amount + ", otherFields="
                    + OtherFields.describe(otherFields) + "]";
        }
    }

    @Override
    public String toString() {
        return "InvoiceItem[title=" + title + ", quantity=" + quantity + ", unitPrice=" + unitPrice + ", vatRate="
                + vatRate + ", totalAmount=" + totalAmount + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
