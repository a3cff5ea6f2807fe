package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A line of a client invoice or quote to write: {@code title}, {@code quantity} (a decimal string), {@code unitPrice}
 * and {@code vatRate} (a fraction such as {@code "0.2"}) are required. Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInvoiceItem(String title, String quantity, Money unitPrice, String vatRate, String description,
        String unit, String vatExemptionReason, Discount discount, String currency,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param title              what is sold
     * @param quantity           the quantity, a decimal string
     * @param unitPrice          the price of one unit, VAT excluded
     * @param vatRate            the VAT rate, a fraction such as {@code 0.2}
     * @param description        a description of the line
     * @param unit               the unit of the quantity, e.g. {@code hour}
     * @param vatExemptionReason why no VAT is charged, when the rate is zero
     * @param discount           the discount, if any
     * @param currency           the currency of the line
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewInvoiceItem {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A line with nothing but what Qonto requires.
     *
     * @param title     what is sold
     * @param quantity  the quantity, a decimal string
     * @param unitPrice the price of one unit, VAT excluded
     * @param vatRate   the VAT rate, a fraction such as {@code 0.2}
     * @return the line
     */
    public static NewInvoiceItem of(String title, String quantity, Money unitPrice, String vatRate) {
        return new NewInvoiceItem(title, quantity, unitPrice, vatRate, null, null, null, null, null, null);
    }

    /**
     * A discount to apply: {@code percentage} with a fraction ({@code "0.1"}) or an absolute amount
     * ({@code absolute}, {@code "15.00"}).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discount(String type, String value, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param type        {@code percentage} or {@code absolute}
         * @param value       a fraction such as {@code 0.1}, or an amount such as {@code 15.00}
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Discount {
            otherFields = OtherFields.copyOf(otherFields);
        }

        void validate(Validation validation, String prefix) {
            if (DocumentChecks.present(validation, prefix + "type", type)) {
                DocumentChecks.word(validation, prefix + "type", type, "percentage or absolute");
            }
            if (DocumentChecks.present(validation, prefix + "value", value)) {
                if ("percentage".equals(type)) {
                    DocumentChecks.rate(validation, prefix + "value", value);
                } else {
                    DocumentChecks.amount(validation, prefix + "value", value);
                }
            }
        }
    }

    void validate(Validation validation, String prefix) {
        DocumentChecks.present(validation, prefix + "title", title);
        if (DocumentChecks.present(validation, prefix + "quantity", quantity)) {
            DocumentChecks.quantity(validation, prefix + "quantity", quantity);
        }
        DocumentChecks.money(validation, prefix + "unit_price", unitPrice, true);
        if (DocumentChecks.present(validation, prefix + "vat_rate", vatRate)) {
            DocumentChecks.rate(validation, prefix + "vat_rate", vatRate);
        }
        DocumentChecks.code(validation, prefix + "vat_exemption_reason", vatExemptionReason);
        DocumentChecks.currency(validation, prefix + "currency", currency, false);
        if (discount != null) {
            discount.validate(validation, prefix + "discount.");
        }
    }

    @Override
    public String toString() {
        return "NewInvoiceItem[title=" + title + ", quantity=" + quantity + ", unitPrice=" + unitPrice + ", vatRate="
                + vatRate + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
