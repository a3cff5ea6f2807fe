package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quotes: {@code pending_approval} until the client approves them or they are canceled (in the Qonto app). */
public final class Quotes {

    public static final List<String> STATUSES = List.of("pending_approval", "approved", "canceled");
    private static final List<String> COPIED = List.of("issue_date", "expiry_date", "terms_and_conditions", "header",
            "footer", "welfare_fund", "withholding_tax", "stamp_duty_amount");

    private final DataStore data;

    public Quotes(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return table().get(id);
    }

    public List<ObjectNode> all() {
        return table().all();
    }

    public boolean numberTaken(String number, String exceptId) {
        return !table().where(q -> number.equals(q.path("number").asText(null))
                && !q.get("id").asText().equals(exceptId)).isEmpty();
    }

    /** A quote as the request (validated) describes it, for this client, with its PDF. */
    public ObjectNode create(JsonNode request, ObjectNode client, Instant at) {
        String id = data.ids().uuid("quote");
        ObjectNode quote = Json.object()
                .put("id", id)
                .put("organization_id", data.organization().get("id").asText())
                .put("number", request.hasNonNull("number") ? request.get("number").asText()
                        : String.format("QUO-%04d", data.ids().next("quote_number")))
                .put("status", "pending_approval")
                .put("currency", request.get("currency").asText())
                .put("created_at", Timestamps.format(at))
                .put("attachment_id", data.ids().uuid("attachment"))
                .put("quote_url", "https://qonto.invalid/quotes/" + id + ".pdf")
                .putNull("discount")
                .putNull("approved_at")
                .putNull("canceled_at");
        for (String field : COPIED) {
            quote.putNull(field);
        }
        quote.set("invoice_ids", Json.array());
        apply(quote, request, client);
        table().put(quote);
        return quote;
    }

    /** Sets what the request (validated) changes, and prices the quote again. */
    public ObjectNode update(ObjectNode quote, JsonNode changes) {
        if (changes.hasNonNull("number")) {
            quote.put("number", changes.get("number").asText());
        }
        if (changes.hasNonNull("currency")) {
            quote.put("currency", changes.get("currency").asText());
        }
        apply(quote, changes, null);
        return quote;
    }

    public void markSent(ObjectNode quote) {
        data.invoicing().sentQuotes().add(quote.get("id").asText());
    }

    public boolean wasSent(ObjectNode quote) {
        return data.invoicing().sentQuotes().contains(quote.get("id").asText());
    }

    public void delete(ObjectNode quote) {
        table().remove(quote.get("id").asText());
    }

    private void apply(ObjectNode quote, JsonNode request, ObjectNode client) {
        for (String field : COPIED) {
            if (request.has(field)) {
                quote.set(field, request.get(field).deepCopy());
            }
        }
        if (client != null) {
            quote.put("contact_email", InvoicingDocuments.text(client, "email"));
            quote.set("client", InvoicingDocuments.clientCopy(client));
        }
        if (request.has("settings") || !quote.has("organization")) {
            quote.set("organization", InvoicingDocuments.organizationCopy(data.organization(),
                    request.path("settings")));
        }
        if (request.has("items") || request.has("discount") || request.has("currency")) {
            price(quote, request.has("items") ? request.get("items") : null,
                    request.has("discount") ? request.get("discount") : quote.get("discount"));
        }
    }

    /**
     * Prices the lines, then the quote's own discount. Inferred: that discount comes off the total before VAT, and
     * the VAT shrinks in proportion.
     */
    private void price(ObjectNode quote, JsonNode requestItems, JsonNode discount) {
        String currency = quote.get("currency").asText();
        JsonNode items = requestItems != null ? requestItems : quote.get("items");
        InvoicingDocuments.Lines lines = InvoicingDocuments.price(asRequestItems(items), currency, true);
        long net = lines.netCents();
        long vat = lines.vatCents();
        if (discount != null && discount.isObject()) {
            long off = InvoicingDocuments.discountCents(discount, net);
            vat = net == 0 ? 0 : Math.round((double) vat * (net - off) / net);
            net -= off;
            quote.set("discount", InvoicingDocuments.discount(discount, off, currency, true));
        }
        quote.set("items", lines.items());
        quote.set("total_amount", InvoicingDocuments.money(net + vat, currency));
        quote.put("total_amount_cents", net + vat);
        quote.set("vat_amount", InvoicingDocuments.money(vat, currency));
        quote.put("vat_amount_cents", vat);
    }

    /** Priced lines read back as the request lines they came from, to price them again. */
    private static JsonNode asRequestItems(JsonNode items) {
        var requests = Json.array();
        for (JsonNode item : items) {
            if (item.has("unit_price_cents")) {
                ObjectNode request = item.deepCopy();
                JsonNode discount = item.get("discount");
                if (discount != null && discount.isObject()) {
                    request.set("discount", Json.object().put("type", discount.get("type").asText())
                            .put("value", discount.get("value").asText()));
                }
                requests.add(request);
            } else {
                requests.add(item);
            }
        }
        return requests;
    }

    private ResourceTable table() {
        return data.invoicing().quotes();
    }
}
