package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A payment link to create, sent as {@code {"payment_link": {...}}}: either for {@code items} (each with a title,
 * a quantity, a unit price, a VAT rate and a type, {@code good} or {@code service}) or for an existing invoice
 * ({@code invoiceId}, {@code invoiceNumber}, {@code debitorName} and {@code amount}), never both. At least one of
 * the {@code potentialPaymentMethods} ({@code credit_card}, {@code paypal}, {@code ideal}...) is required.
 * Undeclared keys are sent as given.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPaymentLink(List<String> potentialPaymentMethods, Boolean reusable, List<PaymentLink.Item> items,
        String invoiceId, String invoiceNumber, String debitorName, Money amount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the payment methods on offer, the items and the keys beyond the declared ones.
     *
     * @param potentialPaymentMethods the payment methods the link offers, e.g. {@code credit_card}
     * @param reusable                whether the link can be paid more than once
     * @param items                   what the link sells; null for a link paying an invoice
     * @param invoiceId               the id of the invoice the link pays, for a link paying an invoice
     * @param invoiceNumber           that invoice's number
     * @param debitorName             the name of the customer who pays
     * @param amount                  the amount to pay, for a link paying an invoice
     * @param otherFields             the keys beyond the declared ones, kept and written back as they are; none when
     *                                null
     */
    public NewPaymentLink {
        potentialPaymentMethods = potentialPaymentMethods == null ? null : List.copyOf(potentialPaymentMethods);
        items = items == null ? null : List.copyOf(items);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("payment link");
        if (potentialPaymentMethods == null || potentialPaymentMethods.isEmpty()) {
            validation.add("payment_link.potential_payment_methods", "needs at least one payment method");
        } else {
            for (int i = 0; i < potentialPaymentMethods.size(); i++) {
                String field = "payment_link.potential_payment_methods[" + i + "]";
                if (DocumentChecks.present(validation, field, potentialPaymentMethods.get(i))) {
                    DocumentChecks.word(validation, field, potentialPaymentMethods.get(i), "credit_card or paypal");
                }
            }
        }
        boolean forItems = items != null;
        boolean forInvoice = invoiceId != null;
        if (forItems && forInvoice) {
            validation.add("payment_link", "must be either for items or for an invoice (invoice_id), not both");
        } else if (forInvoice) {
            DocumentChecks.present(validation, "payment_link.invoice_id", invoiceId);
            DocumentChecks.present(validation, "payment_link.invoice_number", invoiceNumber);
            DocumentChecks.present(validation, "payment_link.debitor_name", debitorName);
            DocumentChecks.money(validation, "payment_link.amount", amount, true);
        } else if (items == null || items.isEmpty()) {
            validation.add("payment_link.items", "needs at least one item (or an invoice_id)");
        } else {
            for (int i = 0; i < items.size(); i++) {
                item(validation, "payment_link.items[" + i + "].", items.get(i));
            }
        }
        validation.throwIfInvalid();
    }

    private static void item(Validation validation, String prefix, PaymentLink.Item item) {
        if (item == null) {
            validation.add(prefix.substring(0, prefix.length() - 1), "is required");
            return;
        }
        DocumentChecks.present(validation, prefix + "title", item.title());
        if (item.quantity() == null) {
            validation.add(prefix + "quantity", "is required");
        } else if (item.quantity().signum() <= 0) {
            validation.add(prefix + "quantity", "must be greater than zero (got " + item.quantity() + ")");
        }
        DocumentChecks.money(validation, prefix + "unit_price", item.unitPrice(), true);
        if (DocumentChecks.present(validation, prefix + "vat_rate", item.vatRate())) {
            DocumentChecks.rate(validation, prefix + "vat_rate", item.vatRate());
        }
        if (DocumentChecks.present(validation, prefix + "type", item.type())) {
            DocumentChecks.word(validation, prefix + "type", item.type(), "good or service");
        }
    }

    @Override
    public String toString() {
        return "NewPaymentLink[potentialPaymentMethods=" + potentialPaymentMethods + ", items="
                + (items == null ? null : items.size()) + ", invoiceId=" + invoiceId + ", amount=" + amount
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
