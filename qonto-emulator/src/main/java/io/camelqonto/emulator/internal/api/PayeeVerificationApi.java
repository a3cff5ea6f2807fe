package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.PayeeVerification;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** Verification of Payee, whose proof token every SEPA transfer must carry. */
final class PayeeVerificationApi {

    List<Endpoint> endpoints() {
        return List.of(Endpoint.oauthOnly("POST", "/v2/sepa/verify_payee", Scopes.PAYMENT_WRITE, this::verify));
    }

    private ApiResponse verify(ApiCall call) {
        JsonNode body = call.jsonBody();
        Violations violations = new Violations();
        String iban = body.path("iban").asText("");
        if (!Iban.isValid(iban)) {
            violations.add("invalid_iban", "iban is not a valid IBAN", "/iban");
        }
        String name = body.path("beneficiary_name").asText("");
        if (name.isBlank() || name.length() > 140) {
            violations.add("invalid", "beneficiary_name must have between 1 and 140 characters", "/beneficiary_name");
        }
        violations.throwIfAny();
        PayeeVerification.Outcome outcome = call.domain().payeeVerification().verify(iban, name);
        return ApiResponse.json(200, Json.object()
                .put("match_result", outcome.matchResult())
                .put("matched_name", outcome.matchedName())
                .set("proof_token", Json.object().put("token", outcome.proofToken())));
    }
}
