package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.PayeeVerification;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification of Payee for bulk transfers: many payees at once, or none verified at all (skip), each giving one proof
 * token for the whole set of IBANs.
 */
final class BulkPayeeVerificationApi {

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("POST", "/v2/sepa/bulk_verify_payee", Scopes.PAYMENT_WRITE, this::verify),
                Endpoint.oauthOnly("POST", "/v2/sepa/skip_verify_payee", Scopes.PAYMENT_WRITE, this::skip));
    }

    private ApiResponse verify(ApiCall call) {
        JsonNode requests = call.jsonBody().path("requests");
        List<PayeeVerification.Payee> payees = payees(requests);
        List<PayeeVerification.Outcome> outcomes = call.domain().payeeVerification().verifyAll(payees);
        ArrayNode results = Json.array();
        for (int i = 0; i < payees.size(); i++) {
            PayeeVerification.Outcome outcome = outcomes.get(i);
            ObjectNode result = Json.object().put("id", requests.get(i).get("id").asText())
                    .put("beneficiary_name", payees.get(i).name())
                    .put("iban", Iban.normalize(payees.get(i).iban()));
            result.set("response", Json.object().put("match_result", outcome.matchResult())
                    .put("matched_name", outcome.matchedName()));
            results.add(result);
        }
        ObjectNode answer = Json.object();
        answer.set("requests", results);
        answer.set("proof_token", Json.object().put("token", outcomes.get(0).proofToken()));
        return ApiResponse.json(200, answer);
    }

    private ApiResponse skip(ApiCall call) {
        String token = call.domain().payeeVerification().skip(payees(call.jsonBody().path("requests")));
        ObjectNode answer = Json.object();
        answer.set("proof_token", Json.object().put("token", token));
        return ApiResponse.json(200, answer);
    }

    private static List<PayeeVerification.Payee> payees(JsonNode requests) {
        Violations violations = new Violations();
        if (!requests.isArray() || requests.isEmpty() || requests.size() > BulkTransferApi.MAX_ITEMS) {
            violations.add("invalid", "requests must hold between 1 and " + BulkTransferApi.MAX_ITEMS + " payees",
                    "/requests");
            violations.throwIfAny();
        }
        List<PayeeVerification.Payee> payees = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            String pointer = "/requests/" + i;
            if (request.path("id").asText("").isBlank()) {
                violations.add("blank", "id can't be blank", pointer + "/id");
            }
            String iban = request.path("iban").asText("");
            if (!Iban.isValid(iban)) {
                violations.add("invalid_iban", "iban is not a valid IBAN", pointer + "/iban");
            }
            String name = request.path("beneficiary_name").asText("");
            if (name.isBlank() || name.length() > 140) {
                violations.add("invalid", "beneficiary_name must have between 1 and 140 characters",
                        pointer + "/beneficiary_name");
            }
            payees.add(new PayeeVerification.Payee(name, iban));
        }
        violations.throwIfAny();
        return payees;
    }
}
