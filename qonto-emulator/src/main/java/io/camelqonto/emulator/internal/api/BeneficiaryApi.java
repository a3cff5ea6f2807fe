package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.BeneficiaryDetails;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** SEPA beneficiaries: listing, creating, updating (under SCA) and trusting. */
final class BeneficiaryApi {

    private static final List<String> STATUSES = List.of("pending", "validated", "declined");
    private static final int DEFAULT_PER_PAGE = 25;
    private static final int MAX_NAME_LENGTH = 140;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/sepa/beneficiaries", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/sepa/beneficiaries/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/sepa/beneficiaries", Scopes.PAYMENT_WRITE, this::create),
                Endpoint.oauthOnly("PATCH", "/v2/sepa/beneficiaries/{id}", Scopes.PAYMENT_WRITE, this::update),
                Endpoint.oauthOnly("PUT", "/v2/sepa/beneficiaries/{id}", Scopes.PAYMENT_WRITE, this::update),
                Endpoint.oauthOnly("PATCH", "/v2/sepa/beneficiaries/trust", Scopes.BENEFICIARY_TRUST,
                        call -> trust(call, true)),
                Endpoint.oauthOnly("PATCH", "/v2/sepa/beneficiaries/untrust", Scopes.PAYMENT_WRITE,
                        call -> trust(call, false)));
    }

    /**
     * Validates the fields of a beneficiary given in a request body.
     *
     * @param pointer JSON pointer of {@code beneficiary} in the body, for the errors
     */
    static BeneficiaryDetails details(JsonNode beneficiary, String pointer, Violations violations) {
        String name = beneficiary.path("name").asText("");
        if (name.isBlank()) {
            violations.add("blank", "name can't be blank", pointer + "/name");
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add("too_long", "name is too long (maximum is 140 characters)", pointer + "/name");
        }
        String iban = beneficiary.path("iban").asText("");
        if (iban.isBlank()) {
            violations.add("blank", "iban can't be blank", pointer + "/iban");
        } else if (!Iban.isValid(iban)) {
            violations.add("invalid_iban", "iban is not a valid IBAN", pointer + "/iban");
        }
        return new BeneficiaryDetails(name, iban, text(beneficiary, "bic"), text(beneficiary, "email"),
                text(beneficiary, "activity_tag"));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> ibans = query.values("iban", "iban[]").stream().map(Iban::normalize).toList();
        List<String> statuses = query.enumValues(STATUSES, "status", "status[]");
        Optional<Boolean> trusted = query.bool("trusted");
        SortOrder sort = SortOrder.read(query, List.of("updated_at"), "updated_at:desc");
        PageRequest page = PageRequest.read(query, DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = b -> ibans.isEmpty() || ibans.contains(b.get("iban").asText());
        filter = filter.and(b -> statuses.isEmpty() || statuses.contains(b.get("status").asText()));
        filter = filter.and(b -> trusted.map(t -> t == b.get("trusted").asBoolean()).orElse(true));
        List<ObjectNode> beneficiaries = call.domain().data().beneficiaries().where(filter).stream()
                .sorted(sort.comparator())
                .toList();
        return Page.of("beneficiaries", beneficiaries, page);
    }

    private ApiResponse get(ApiCall call) {
        return single(200, beneficiary(call, call.path("id")));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode beneficiary = call.jsonBody().path("beneficiary");
        if (!beneficiary.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "beneficiary can't be blank", "/beneficiary"));
        }
        Violations violations = new Violations();
        BeneficiaryDetails details = details(beneficiary, "/beneficiary", violations);
        violations.throwIfAny();
        return single(201, call.domain().beneficiaries().create(details));
    }

    private ApiResponse update(ApiCall call) {
        ObjectNode beneficiary = beneficiary(call, call.path("id"));
        JsonNode changes = call.jsonBody().path("beneficiary");
        Map<String, String> updates = new LinkedHashMap<>();
        for (String field : List.of("name", "email", "activity_tag")) {
            if (changes.hasNonNull(field)) {
                updates.put(field, changes.get(field).asText());
            }
        }
        String name = updates.get("name");
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid",
                    "name must have between 1 and 140 characters", "/beneficiary/name"));
        }
        call.sca().authorize(call.request(), "beneficiary.update");
        return single(200, call.domain().beneficiaries().update(beneficiary, updates));
    }

    private ApiResponse trust(ApiCall call, boolean trusted) {
        JsonNode ids = call.jsonBody().path("ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "ids can't be blank", "/ids"));
        }
        List<ObjectNode> beneficiaries = new ArrayList<>();
        ids.forEach(id -> beneficiaries.add(beneficiary(call, id.asText())));
        if (trusted) {
            // Trusting is what lets later transfers skip SCA, so it needs SCA itself.
            call.sca().authorize(call.request(), "beneficiary.trust");
        }
        beneficiaries.forEach(beneficiary -> call.domain().beneficiaries().trust(beneficiary, trusted));
        return ApiResponse.json(200, Json.object().set("beneficiaries", Json.array(beneficiaries)));
    }

    private static ObjectNode beneficiary(ApiCall call, String id) {
        return call.domain().beneficiaries().byId(id)
                .orElseThrow(() -> QontoErrors.notFound("Beneficiary not found"));
    }

    private static ApiResponse single(int status, ObjectNode beneficiary) {
        return ApiResponse.json(status, Json.object().set("beneficiary", beneficiary));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
