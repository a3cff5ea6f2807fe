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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param title              what is sold
     * @param description        a description of the line
     * @param quantity           the quantity, a decimal string
     * @param unit               the unit of the quantity, e.g. {@code hour}
     * @param unitPrice          the price of one unit, VAT excluded
     * @param unitPriceCents     the unit price in cents
     * @param vatRate            the VAT rate, a fraction such as {@code 0.2}
     * @param vatExemptionReason why no VAT is charged, when the rate is zero
     * @param discount           the discount, if any
     * @param totalVat           the line's VAT
     * @param totalVatCents      the line's VAT in cents
     * @param totalAmount        the line's total, VAT included
     * @param totalAmountCents   that total in cents
     * @param subtotal           the line's total, VAT excluded
     * @param subtotalCents      the line's total VAT excluded, in cents
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
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

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param type        {@code percentage} or {@code absolute}
         * @param value       the percentage as a fraction such as {@code 0.1}, or the absolute amount
         * @param amount      what the discount takes off
         * @param amountCents that in cents
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
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
