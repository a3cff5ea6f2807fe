package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.RequestDocument;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members asking for a flash or a virtual card: a pending request, for a reviewer to approve or decline. */
final class CardRequestApi {

    private static final int MAX_NOTE_LENGTH = 140;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("POST", "/v2/requests/flash_cards", Scopes.REQUEST_CARDS_WRITE, this::flashCard),
                Endpoint.oauthOnly("POST", "/v2/requests/virtual_cards", Scopes.REQUEST_CARDS_WRITE,
                        this::virtualCard));
    }

    private ApiResponse flashCard(ApiCall call) {
        String root = RequestDocument.rootKey("flash_card");
        JsonNode request = body(call, root);
        Violations violations = new Violations();
        Map<String, Object> fields = common(request, root, violations);
        fields.put("payment_lifespan_limit", amount(request, "payment_lifespan_limit", root, violations));
        JsonNode expiry = request.path("pre_expires_at");
        if (!expiry.isMissingNode() && !expiry.isNull()) {
            Optional<Instant> at = Timestamps.parseInstant(expiry.asText());
            if (at.isEmpty() || !at.get().isAfter(call.domain().now())) {
                violations.add("invalid_date", "pre_expires_at must be an ISO 8601 date time in the future",
                        "/" + root + "/pre_expires_at");
            } else {
                fields.put("pre_expires_at", expiry.asText());
            }
        }
        violations.throwIfAny();
        return created(call, "flash_card", fields);
    }

    private ApiResponse virtualCard(ApiCall call) {
        String root = RequestDocument.rootKey("virtual_card");
        JsonNode request = body(call, root);
        Violations violations = new Violations();
        Map<String, Object> fields = common(request, root, violations);
        fields.put("payment_monthly_limit", amount(request, "payment_monthly_limit", root, violations));
        for (String field : List.of("card_level", "card_design")) {
            if (request.path(field).isTextual()) {
                fields.put(field, request.get(field).asText());
            }
        }
        violations.throwIfAny();
        return created(call, "virtual_card", fields);
    }

    private static JsonNode body(ApiCall call, String root) {
        JsonNode request = call.jsonBody().path(root);
        if (!request.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", root + " can't be blank", "/" + root));
        }
        return request;
    }

    private static Map<String, Object> common(JsonNode request, String root, Violations violations) {
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode note = request.path("note");
        if (note.isTextual() && note.asText().length() > MAX_NOTE_LENGTH) {
            violations.add("too_long", "note is too long (maximum is 140 characters)", "/" + root + "/note");
        }
        fields.put("note", note.isTextual() ? note.asText() : null);
        return fields;
    }

    /** Request amounts are decimal strings, as for transfers: a JSON number is refused. */
    private static String amount(JsonNode request, String field, String root, Violations violations) {
        JsonNode amount = request.path(field);
        String pointer = "/" + root + "/" + field;
        if (amount.isMissingNode() || amount.isNull()) {
            violations.add("blank", field + " can't be blank", pointer);
        } else if (!amount.isTextual()) {
            violations.add("not_a_string", field + " must be a string", pointer);
        } else if (!amount.asText().matches("\\d+(\\.\\d{1,2})?") || new BigDecimal(amount.asText()).signum() <= 0) {
            violations.add("invalid_format", field + " must be a positive decimal number with at most 2 decimals,"
                    + " e.g. \"250.00\"", pointer);
        } else {
            return new BigDecimal(amount.asText()).setScale(2).toPlainString();
        }
        return null;
    }

    private static ApiResponse created(ApiCall call, String type, Map<String, Object> fields) {
        Map<String, Object> overrides = new LinkedHashMap<>(fields);
        overrides.put("request_type", type);
        ObjectNode request = call.domain().requests().add(overrides);
        return ApiResponse.json(200, Json.object().set(RequestDocument.rootKey(type), request));
    }
}
