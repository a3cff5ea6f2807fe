package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What client invoices, credit notes and quotes have in common: lines priced from quantities, unit prices, VAT
 * rates and discounts, their totals, and the copies of the client and of the organization they were written for.
 * Inputs are validated by the API before they reach here.
 */
public final class InvoicingDocuments {

    private InvoicingDocuments() {
    }

    /** The priced lines of a document and their sums, in cents. */
    public record Lines(ArrayNode items, long netCents, long vatCents) {
    }

    /**
     * Prices the lines of a request. Inferred: {@code subtotal} is quantity times unit price, a line's discount comes
     * off the subtotal before VAT, and amounts round half up to the cent.
     *
     * @param discountCents whether a discount states its amount in cents too (quotes do, invoices do not)
     */
    public static Lines price(JsonNode requestItems, String currency, boolean discountCents) {
        ArrayNode items = Json.array();
        long net = 0;
        long vat = 0;
        for (JsonNode request : requestItems) {
            BigDecimal quantity = new BigDecimal(request.get("quantity").asText());
            long unitCents = Money.cents(new BigDecimal(request.path("unit_price").path("value").asText()));
            long subtotal = round(quantity.multiply(BigDecimal.valueOf(unitCents)));
            JsonNode discount = request.path("discount");
            long discounted = discount.isObject() ? discountCents(discount, subtotal) : 0;
            BigDecimal rate = new BigDecimal(request.get("vat_rate").asText());
            long lineVat = round(BigDecimal.valueOf(subtotal - discounted).multiply(rate));
            long total = subtotal - discounted + lineVat;
            ObjectNode item = Json.object()
                    .put("title", request.get("title").asText())
                    .put("description", text(request, "description"))
                    .put("quantity", request.get("quantity").asText())
                    .put("unit", text(request, "unit"));
            item.set("unit_price", money(unitCents, currency));
            item.put("unit_price_cents", unitCents)
                    .put("vat_rate", request.get("vat_rate").asText())
                    .put("vat_exemption_reason", text(request, "vat_exemption_reason"));
            item.set("discount", discount.isObject() ? discount(discount, discounted, currency, discountCents) : null);
            item.set("total_vat", money(lineVat, currency));
            item.put("total_vat_cents", lineVat);
            item.set("total_amount", money(total, currency));
            item.put("total_amount_cents", total);
            item.set("subtotal", money(subtotal, currency));
            item.put("subtotal_cents", subtotal);
            items.add(item);
            net += subtotal - discounted;
            vat += lineVat;
        }
        return new Lines(items, net, vat);
    }

    /** What a discount takes off an amount: a fraction of it, or a fixed amount it cannot exceed. */
    public static long discountCents(JsonNode discount, long amountCents) {
        BigDecimal value = new BigDecimal(discount.get("value").asText());
        if ("percentage".equals(discount.get("type").asText())) {
            return round(value.multiply(BigDecimal.valueOf(amountCents)));
        }
        return Math.min(amountCents, Money.cents(value));
    }

    /** A discount as documents show it: its type and value as asked, and the amount it took off. */
    public static ObjectNode discount(JsonNode request, long amountCents, String currency, boolean withCents) {
        ObjectNode discount = Json.object()
                .put("type", request.get("type").asText())
                .put("value", request.get("value").asText());
        discount.set("amount", money(amountCents, currency));
        if (withCents) {
            discount.put("amount_cents", amountCents);
        }
        return discount;
    }

    /** {@code {"value": "12.50", "currency": "EUR"}}. */
    public static ObjectNode money(long cents, String currency) {
        return Json.object().put("value", Money.string(cents)).put("currency", currency);
    }

    /** The client as a document records it; a client's {@code kind} is the copy's {@code type}. */
    public static ObjectNode clientCopy(ObjectNode client) {
        ObjectNode copy = Json.object().put("id", client.get("id").asText());
        for (String field : new String[] {"name", "first_name", "last_name"}) {
            copy.set(field, client.get(field));
        }
        copy.set("type", client.get("kind"));
        for (String field : new String[] {"email", "vat_number", "tax_identification_number", "address", "city",
                "zip_code", "province_code", "country_code", "recipient_code", "locale", "billing_address",
                "delivery_address"}) {
            copy.set(field, client.get(field).deepCopy());
        }
        return copy;
    }

    /**
     * The organization as a document records it, with the legal mentions of the request's {@code settings} where
     * it gives them.
     */
    public static ObjectNode organizationCopy(ObjectNode organization, JsonNode settings) {
        JsonNode address = organization.path("address");
        ObjectNode copy = Json.object()
                .put("id", organization.get("id").asText())
                .put("legal_name", organization.get("legal_name").asText())
                .put("legal_number", organization.get("legal_number").asText())
                .put("legal_country", organization.get("legal_country").asText())
                .put("address_line_1", text(address, "street_address"))
                .putNull("address_line_2")
                .put("address_zipcode", text(address, "zip_code"))
                .put("address_city", text(address, "city"))
                .put("address_country", text(address, "country_code"));
        for (String field : new String[] {"company_leadership", "district_court", "commercial_register_number",
                "vat_number", "tax_number"}) {
            copy.put(field, text(settings, field));
        }
        JsonNode share = settings.path("legal_capital_share");
        if (share.isObject()) {
            copy.set("legal_capital_share", share.deepCopy());
        } else {
            long capital = Money.cents(organization.get("legal_share_capital").decimalValue());
            copy.set("legal_capital_share", money(capital, "EUR"));
        }
        copy.put("transaction_type", settings.has("transaction_type") ? settings.get("transaction_type").asText()
                : "services");
        copy.put("vat_payment_condition", settings.has("vat_payment_condition")
                ? settings.get("vat_payment_condition").asText() : "on_receipts");
        return copy;
    }

    /** A field's text, or null when absent or null. */
    public static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static long round(BigDecimal cents) {
        return cents.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
