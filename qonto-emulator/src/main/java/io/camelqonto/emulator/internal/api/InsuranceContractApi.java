package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.InsuranceContracts;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.http.MultipartForm;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.StoredFile;
import java.util.List;

/**
 * Insurance contracts: created, read (with their documents) and updated as JSON, their PDF documents uploaded as
 * multipart {@code file}, {@code name} and {@code type}, and removed. OAuth only; an upload needs an idempotency key.
 */
final class InsuranceContractApi {

    private static final String WRAPPER = "insurance_contract";
    private static final List<String> REQUIRED = List.of("name", "contract_id", "origin", "provider_slug", "type",
            "status", "payment_frequency", "price");
    private static final List<String> TEXTS = List.of("name", "contract_id", "provider_slug", "type",
            "troubleshooting_url", "service_url");
    private static final List<String> DATES = List.of("expiration_date", "start_date", "renewal_date");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("POST", "/v2/insurance_contracts", Scopes.INSURANCE_CONTRACT_WRITE, this::create),
                Endpoint.oauthOnly("GET", "/v2/insurance_contracts/{id}", Scopes.INSURANCE_CONTRACT_READ, this::get),
                Endpoint.oauthOnly("PATCH", "/v2/insurance_contracts/{id}", Scopes.INSURANCE_CONTRACT_WRITE,
                        this::update),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/insurance_contracts/{id}/attachments",
                        Scopes.INSURANCE_CONTRACT_WRITE, this::upload),
                Endpoint.oauthOnly("DELETE", "/v2/insurance_contracts/{id}/attachments/{attachment_id}",
                        Scopes.INSURANCE_CONTRACT_WRITE, this::remove));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode fields = fields(call);
        Violations violations = new Violations();
        for (String field : REQUIRED) {
            if (!fields.hasNonNull(field) || fields.get(field).isTextual() && fields.get(field).asText().isBlank()) {
                violations.add("blank", field + " can't be blank", "/" + WRAPPER + "/" + field);
            }
        }
        check(fields, violations);
        violations.throwIfAny();
        InsuranceContracts contracts = contracts(call);
        conflict(contracts, fields.get("provider_slug").asText(), fields.get("contract_id").asText(), "");
        return ApiResponse.json(201, Json.object().set(WRAPPER,
                InsuranceContracts.withoutDocuments(contracts.create(fields))));
    }

    private ApiResponse get(ApiCall call) {
        return ApiResponse.json(200, Json.object().set(WRAPPER, contract(call)));
    }

    private ApiResponse update(ApiCall call) {
        JsonNode fields = fields(call);
        ObjectNode contract = contract(call);
        Violations violations = new Violations();
        for (String field : REQUIRED) {
            if (fields.has(field) && (fields.get(field).isNull()
                    || fields.get(field).isTextual() && fields.get(field).asText().isBlank())) {
                violations.add("blank", field + " can't be blank", "/" + WRAPPER + "/" + field);
            }
        }
        check(fields, violations);
        violations.throwIfAny();
        conflict(contracts(call), fields.path("provider_slug").asText(contract.path("provider_slug").asText()),
                fields.path("contract_id").asText(contract.path("contract_id").asText()), contract.get("id").asText());
        return ApiResponse.json(200, Json.object().set(WRAPPER,
                InsuranceContracts.withoutDocuments(contracts(call).update(contract, fields))));
    }

    /** Qonto takes PDF documents only; the answer is the document, bare. */
    private ApiResponse upload(ApiCall call) {
        ObjectNode contract = contract(call);
        MultipartForm form = Uploads.form(call);
        Violations violations = new Violations();
        String name = form.text("name").orElse("");
        String type = form.text("type").orElse("");
        if (name.isBlank()) {
            violations.add("blank", "name can't be blank", "/name");
        }
        if (type.isBlank()) {
            violations.add("blank", "type can't be blank", "/type");
        }
        violations.throwIfAny();
        MultipartForm.Part file = Uploads.file(call, "file", List.of("application/pdf"));
        ObjectNode document = contracts(call).addDocument(contract, name, type,
                new StoredFile(file.fileName(), Uploads.contentType(file), file.content()));
        return ApiResponse.json(201, document);
    }

    private ApiResponse remove(ApiCall call) {
        if (!contracts(call).removeDocument(contract(call), call.path("attachment_id"))) {
            throw QontoErrors.notFound("Document not found");
        }
        return ApiResponse.empty(204);
    }

    private static JsonNode fields(ApiCall call) {
        JsonNode fields = call.jsonBody().path(WRAPPER);
        if (!fields.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", WRAPPER + " can't be blank", "/" + WRAPPER));
        }
        return fields;
    }

    /** The values given must have Qonto's types and, for the closed lists, one of their values. */
    private static void check(JsonNode fields, Violations violations) {
        String prefix = "/" + WRAPPER + "/";
        oneOf(fields, "origin", InsuranceContracts.ORIGINS, violations);
        oneOf(fields, "status", InsuranceContracts.STATUSES, violations);
        oneOf(fields, "payment_frequency", InsuranceContracts.PAYMENT_FREQUENCIES, violations);
        for (String field : TEXTS) {
            if (fields.hasNonNull(field) && !fields.get(field).isTextual()) {
                violations.add("not_a_string", field + " must be a string", prefix + field);
            }
        }
        for (String field : DATES) {
            if (fields.hasNonNull(field) && Timestamps.parseDate(fields.get(field).asText()).isEmpty()) {
                violations.add("invalid_date", field + " must be a date, e.g. 2026-01-15", prefix + field);
            }
        }
        JsonNode price = fields.get("price");
        if (price != null && !price.isNull() && (!price.path("value").isTextual()
                || !price.path("value").asText().matches("\\d+(\\.\\d{1,2})?")
                || !price.path("currency").asText().matches("[A-Z]{3}"))) {
            violations.add("invalid", "price must be a value such as \"29.90\" and a currency such as EUR",
                    prefix + "price");
        }
    }

    private static void oneOf(JsonNode fields, String field, List<String> allowed, Violations violations) {
        if (fields.hasNonNull(field) && !allowed.contains(fields.get(field).asText())) {
            violations.add("not_in_list", field + " must be one of: " + String.join(", ", allowed),
                    "/" + WRAPPER + "/" + field);
        }
    }

    /** Inferred: the 409 Qonto lists for these writes is a contract number its provider already has here. */
    private static void conflict(InsuranceContracts contracts, String providerSlug, String contractId, String id) {
        if (contracts.taken(providerSlug, contractId, id)) {
            throw QontoErrors.of(409, "conflict", "An insurance contract " + contractId + " of " + providerSlug
                    + " already exists");
        }
    }

    private static ObjectNode contract(ApiCall call) {
        return contracts(call).byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Insurance contract not found"));
    }

    private static InsuranceContracts contracts(ApiCall call) {
        return new InsuranceContracts(call.domain().data());
    }
}
