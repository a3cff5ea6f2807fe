package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The legacy beneficiaries, which Qonto replaced with SEPA beneficiaries: the same beneficiaries, in the legacy shape
 * with their account details under {@code bank_account}. Inferred: Qonto's current reference no longer shows these
 * endpoints; the emulator serves the SEPA beneficiaries through them, and an API key may read them as it may read
 * SEPA beneficiaries.
 */
final class LegacyBeneficiaryApi {

    private static final List<String> STATUSES = List.of("pending", "validated", "declined");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/beneficiaries", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/beneficiaries/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnly("PATCH", "/v2/beneficiaries/untrust", Scopes.PAYMENT_WRITE, this::untrust));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(STATUSES, "status[]");
        Optional<Boolean> trusted = query.bool("trusted");
        TimeRange updated = TimeRange.read(query, "updated_at");
        SortOrder sort = SortOrder.read(query, List.of("updated_at"), "updated_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        Predicate<ObjectNode> filter = b -> statuses.isEmpty() || statuses.contains(b.get("status").asText());
        filter = filter.and(b -> trusted.map(t -> t == b.get("trusted").asBoolean()).orElse(true));
        filter = filter.and(updated::contains);
        List<ObjectNode> beneficiaries = call.domain().data().beneficiaries().where(filter).stream()
                .sorted(sort.comparator())
                .map(LegacyBeneficiaryApi::legacy)
                .toList();
        return Page.of("beneficiaries", beneficiaries, page);
    }

    private ApiResponse get(ApiCall call) {
        return ApiResponse.json(200, Json.object().set("beneficiary", legacy(beneficiary(call, call.path("id")))));
    }

    private ApiResponse untrust(ApiCall call) {
        JsonNode ids = call.jsonBody().path("ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "ids can't be blank", "/ids"));
        }
        List<ObjectNode> beneficiaries = new ArrayList<>();
        ids.forEach(id -> beneficiaries.add(beneficiary(call, id.asText())));
        List<ObjectNode> untrusted = beneficiaries.stream()
                .map(b -> legacy(call.domain().beneficiaries().trust(b, false))).toList();
        return ApiResponse.json(200, Json.object().set("beneficiaries", Json.array(untrusted)));
    }

    private static ObjectNode beneficiary(ApiCall call, String id) {
        return call.domain().beneficiaries().byId(id)
                .orElseThrow(() -> QontoErrors.notFound("Beneficiary not found"));
    }

    /** The legacy shape; the account fields of non-SEPA accounts are null for SEPA beneficiaries. */
    static ObjectNode legacy(ObjectNode beneficiary) {
        ObjectNode legacy = Json.object()
                .put("id", beneficiary.get("id").asText())
                .put("name", beneficiary.get("name").asText())
                .put("status", beneficiary.get("status").asText())
                .put("trusted", beneficiary.get("trusted").asBoolean())
                .put("created_at", beneficiary.get("created_at").asText())
                .put("updated_at", beneficiary.get("updated_at").asText());
        legacy.set("bank_account", Json.object()
                .put("iban", beneficiary.get("iban").asText())
                .put("bic", beneficiary.path("bic").asText(null))
                .put("currency", beneficiary.get("currency").asText())
                .putNull("account_number")
                .putNull("routing_number")
                .putNull("intermediary_bank_bic")
                .putNull("swift_sort_code"));
        return legacy;
    }
}
