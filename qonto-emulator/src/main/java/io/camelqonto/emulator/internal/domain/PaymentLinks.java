package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment links, the payments made through them, and the organization's connection to their provider. */
public final class PaymentLinks {

    public static final List<String> STATUSES = List.of("open", "processing", "paid", "expired", "canceled");
    /** Inferred: how long a new link stays open. */
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final DataStore data;

    public PaymentLinks(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return table().get(id);
    }

    public List<ObjectNode> all() {
        return table().all();
    }

    public List<ObjectNode> paymentsOf(ObjectNode link) {
        return data.invoicing().paymentsOf(link.get("id").asText()).all();
    }

    public Optional<ObjectNode> connection() {
        return data.invoicing().paymentLinkConnection();
    }

    /** Starts the onboarding with the provider for this account: pending until the customer completes it. */
    public ObjectNode connect(String bankAccountId) {
        ObjectNode connection = Json.object()
                .put("connection_location", "https://qonto.invalid/payment_links/onboarding/"
                        + data.ids().uuid("payment_link_onboarding"))
                .put("status", "pending")
                .put("bank_account_id", bankAccountId);
        data.invoicing().paymentLinkConnection(connection);
        return connection;
    }

    /**
     * A link for the request's items or invoice (validated). Inferred: its amount is what the items cost VAT
     * included, rounded half up to the cent.
     */
    public ObjectNode create(JsonNode request, Instant at) {
        String id = data.ids().uuid("payment_link");
        ArrayNode items = Json.array();
        long cents = 0;
        String currency = "EUR";
        for (JsonNode requested : request.path("items")) {
            JsonNode unitPrice = requested.get("unit_price");
            currency = unitPrice.get("currency").asText();
            BigDecimal net = requested.get("quantity").decimalValue().multiply(new BigDecimal(unitPrice.get("value")
                    .asText()));
            BigDecimal gross = net.multiply(BigDecimal.ONE.add(new BigDecimal(requested.get("vat_rate").asText())));
            cents += Money.cents(gross.setScale(2, RoundingMode.HALF_UP));
            ObjectNode item = Json.object()
                    .put("title", requested.get("title").asText());
            item.set("quantity", requested.get("quantity"));
            item.set("unit_price", unitPrice.deepCopy());
            item.put("vat_rate", requested.get("vat_rate").asText())
                    .put("type", requested.get("type").asText())
                    .put("description", InvoicingDocuments.text(requested, "description"))
                    .put("measure_unit", InvoicingDocuments.text(requested, "measure_unit"));
            items.add(item);
        }
        if (request.has("amount")) {
            currency = request.get("amount").get("currency").asText();
            cents = Money.cents(new BigDecimal(request.get("amount").get("value").asText()));
        }
        ObjectNode link = Json.object()
                .put("id", id)
                .put("status", "open")
                .put("expiration_date", Timestamps.format(at.plus(LIFETIME)));
        link.set("potential_payment_methods", request.get("potential_payment_methods").deepCopy());
        link.set("amount", InvoicingDocuments.money(cents, currency));
        link.set("items", items);
        link.put("reusable", request.path("reusable").asBoolean(false))
                .put("created_at", Timestamps.format(at))
                .put("url", "https://qonto.invalid/pay/" + id);
        table().put(link);
        return link;
    }

    public ObjectNode deactivate(ObjectNode link) {
        return link.put("status", "canceled");
    }

    private ResourceTable table() {
        return data.invoicing().paymentLinks();
    }
}
