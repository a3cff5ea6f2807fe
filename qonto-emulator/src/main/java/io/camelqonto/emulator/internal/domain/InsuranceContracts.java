package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.StoredFile;
import java.util.List;
import java.util.Optional;

/** The insurance contracts the organization shares with Qonto, each with its PDF documents. */
public final class InsuranceContracts {

    public static final List<String> ORIGINS = List.of("insurance_hub", "qonto_other", "stello");
    public static final List<String> STATUSES = List.of("active", "pending_payment", "pending_others",
            "action_required", "expired", "archived");
    public static final List<String> PAYMENT_FREQUENCIES = List.of("month", "quarter", "semester", "annual");
    /** The keys of a contract, in Qonto's order; {@code documents} is shown only when a contract is read. */
    public static final List<String> FIELDS = List.of("name", "contract_id", "origin", "provider_slug", "type",
            "status", "troubleshooting_url", "service_url", "expiration_date", "start_date", "renewal_date",
            "payment_frequency", "price");

    private final DataStore data;

    public InsuranceContracts(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.documents().insuranceContracts().get(id);
    }

    /** Whether another contract of the same provider has this contract number. */
    public boolean taken(String providerSlug, String contractId, String exceptId) {
        return data.documents().insuranceContracts().where(c -> !c.get("id").asText().equals(exceptId)
                && c.path("provider_slug").asText().equals(providerSlug)
                && c.path("contract_id").asText().equals(contractId)).size() > 0;
    }

    /** A new contract from validated fields; absent optional fields are null. */
    public ObjectNode create(JsonNode fields) {
        ObjectNode contract = Json.object().put("id", data.ids().uuid("insurance_contract"));
        for (String field : FIELDS) {
            contract.set(field, fields.hasNonNull(field) ? fields.get(field).deepCopy() : null);
        }
        contract.set("documents", Json.array());
        data.documents().insuranceContracts().put(contract);
        return contract;
    }

    /** Sets the fields given, validated; the others keep their values. */
    public ObjectNode update(ObjectNode contract, JsonNode fields) {
        for (String field : FIELDS) {
            if (fields.has(field)) {
                contract.set(field, fields.get(field).deepCopy());
            }
        }
        return contract;
    }

    public ObjectNode addDocument(ObjectNode contract, String name, String type, StoredFile file) {
        ObjectNode document = Json.object().put("id", data.ids().uuid("insurance_document")).put("name", name)
                .put("type", type);
        ((ArrayNode) contract.withArray("documents")).add(document);
        data.documents().file(document.get("id").asText(), file);
        return document;
    }

    /** @return whether the contract had the document */
    public boolean removeDocument(ObjectNode contract, String documentId) {
        ArrayNode documents = contract.withArray("documents");
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).get("id").asText().equals(documentId)) {
                documents.remove(i);
                data.documents().forgetFile(documentId);
                return true;
            }
        }
        return false;
    }

    /** The contract as an answer to a write: without its documents, as Qonto's examples show it. */
    public static ObjectNode withoutDocuments(ObjectNode contract) {
        ObjectNode copy = contract.deepCopy();
        copy.remove("documents");
        return copy;
    }
}
