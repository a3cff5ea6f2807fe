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

/** The clients invoices and quotes are addressed to. */
public final class Clients {

    public static final List<String> KINDS = List.of("company", "individual", "freelancer");
    /** The fields a request may set, besides {@code kind}. */
    public static final List<String> FIELDS = List.of("name", "first_name", "last_name", "email", "extra_emails",
            "phone", "e_invoicing_address", "vat_number", "tax_identification_number", "billing_address",
            "delivery_address", "recipient_code", "currency", "locale");

    private final DataStore data;

    public Clients(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return table().get(id);
    }

    public List<ObjectNode> all() {
        return table().all();
    }

    /** A client as the request describes it (validated), created at {@code at}. */
    public ObjectNode create(JsonNode request, Instant at) {
        ObjectNode client = Json.object().put("id", data.ids().uuid("client"));
        client.putNull("name");
        client.putNull("first_name");
        client.putNull("last_name");
        client.putNull("phone");
        client.put("kind", request.get("kind").asText());
        for (String field : List.of("email", "extra_emails", "currency", "e_invoicing_address", "vat_number",
                "tax_identification_number")) {
            client.putNull(field);
        }
        client.putNull("address");
        client.putNull("city");
        client.putNull("zip_code");
        client.putNull("province_code");
        client.putNull("country_code");
        client.putNull("billing_address");
        client.putNull("delivery_address");
        client.putNull("recipient_code");
        client.put("created_at", Timestamps.format(at));
        // Inferred: a client created without a locale gets the organization's
        client.put("locale", data.organization().get("locale").asText());
        apply(client, request);
        table().put(client);
        return client;
    }

    /** Sets the fields the request gives (validated); the others stay. */
    public ObjectNode update(ObjectNode client, JsonNode changes) {
        apply(client, changes);
        return client;
    }

    public void delete(ObjectNode client) {
        table().remove(client.get("id").asText());
    }

    private static void apply(ObjectNode client, JsonNode request) {
        for (String field : FIELDS) {
            if (request.has(field)) {
                client.set(field, request.get(field).deepCopy());
            }
        }
        if (!"company".equals(client.get("kind").asText())
                && (request.has("first_name") || request.has("last_name"))) {
            // Qonto names individuals and freelancers after their first and last names
            client.put("name", (client.path("first_name").asText("") + " " + client.path("last_name").asText(""))
                    .trim());
        }
        JsonNode billing = client.get("billing_address");
        if (billing != null && billing.isObject()) {
            // the flat fields are Qonto's older copy of the billing address
            client.set("address", billing.get("street_address"));
            for (String field : List.of("city", "zip_code", "province_code", "country_code")) {
                client.set(field, billing.get(field));
            }
        }
    }

    private ResourceTable table() {
        return data.invoicing().clients();
    }
}
