package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BeneficiariesApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    @Test
    void createsPendingUntrustedBeneficiaries() {
        Http.Reply reply = oauth.post("/v2/sepa/beneficiaries",
                "{\"beneficiary\":{\"name\":\"Pied Piper Supplies\",\"iban\":\"FR76 3000 4000 0112 3456 7890 173\","
                        + "\"email\":\"ap@example.com\",\"activity_tag\":\"office_supply\"}}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(201);
        JsonNode beneficiary = reply.json().get("beneficiary");
        assertThat(beneficiary.get("status").asText()).isEqualTo("pending");
        assertThat(beneficiary.get("trusted").asBoolean()).isFalse();
        assertThat(beneficiary.get("iban").asText()).isEqualTo("FR7630004000011234567890173");
        assertThat(beneficiary.get("activity_tag").asText()).isEqualTo("office_supply");
        assertThat(emulator.store().beneficiary(beneficiary.get("id").asText())).isPresent();
    }

    @Test
    void refusesAnInvalidIban() {
        Http.Reply reply = oauth.post("/v2/sepa/beneficiaries",
                "{\"beneficiary\":{\"name\":\"X\",\"iban\":\"FR7630004000011234567890174\"}}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_iban");
        assertThat(reply.json().at("/errors/0/source/pointer").asText()).isEqualTo("/beneficiary/iban");
    }

    @Test
    void filtersByIbanStatusAndTrust() {
        Map<String, Object> trusted = Fixtures.beneficiary(emulator, true);
        Http http = Http.apiKey(emulator);

        JsonNode byIban = http.get("/v2/sepa/beneficiaries?iban=" + trusted.get("iban")).json();
        JsonNode trustedValidated = http.get("/v2/sepa/beneficiaries?status[]=validated&trusted=true&per_page=100").json();
        Http.Reply badStatus = http.get("/v2/sepa/beneficiaries?status=approved");

        assertThat(byIban.get("beneficiaries")).singleElement()
                .satisfies(b -> assertThat(b.get("id").asText()).isEqualTo(trusted.get("id")));
        assertThat(trustedValidated.get("beneficiaries")).isNotEmpty().allSatisfy(b -> {
            assertThat(b.get("trusted").asBoolean()).isTrue();
            assertThat(b.get("status").asText()).isEqualTo("validated");
        });
        assertThat(badStatus.json().at("/errors/0/detail").asText())
                .isEqualTo("status must be one of: pending, validated, declined");
        assertThat(badStatus.json().at("/errors/0/source/parameter").asText()).isEqualTo("status");
    }

    @Test
    void updatesUnderScaWithPatchOrPut() {
        emulator.sca().required(false);
        String id = (String) Fixtures.beneficiary(emulator, false).get("id");

        JsonNode patched = oauth.patch("/v2/sepa/beneficiaries/" + id, "{\"beneficiary\":{\"name\":\"Renamed\"}}")
                .json().get("beneficiary");
        JsonNode put = oauth.send("PUT", "/v2/sepa/beneficiaries/" + id, "{\"beneficiary\":{\"email\":\"x@y.z\"}}")
                .json().get("beneficiary");

        assertThat(patched.get("name").asText()).isEqualTo("Renamed");
        assertThat(put.get("name").asText()).isEqualTo("Renamed");
        assertThat(put.get("email").asText()).isEqualTo("x@y.z");
    }

    @Test
    void trustsWithTheEmbedScopeOnlyUnderScaAndUntrustsWithPaymentWrite() {
        String id = (String) Fixtures.beneficiary(emulator, false).get("id");
        String body = "{\"ids\":[\"" + id + "\"]}";
        Http paymentsOnly = Http.bearer(emulator,
                emulator.oauth().issueTokens(Set.of("organization.read", "payment.write")).accessToken());

        Http.Reply refused = paymentsOnly.patch("/v2/sepa/beneficiaries/trust", body);
        Http.Reply challenged = oauth.patch("/v2/sepa/beneficiaries/trust", body);
        String session = challenged.json().get("sca_session_token").asText();
        boolean trustedBeforeSca = (Boolean) emulator.store().beneficiary(id).orElseThrow().get("trusted");
        emulator.sca().allow(session);
        Http.Reply trusted = oauth.patch("/v2/sepa/beneficiaries/trust", body, "X-Qonto-Sca-Session-Token", session);
        Http.Reply untrusted = paymentsOnly.patch("/v2/sepa/beneficiaries/untrust", body);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(challenged.status()).isEqualTo(428);
        assertThat(trustedBeforeSca).isFalse();
        assertThat(trusted.json().at("/beneficiaries/0/trusted").asBoolean()).isTrue();
        assertThat(untrusted.json().at("/beneficiaries/0/trusted").asBoolean()).isFalse();
        assertThat(oauth.post("/v2/sepa/beneficiaries/trust", body).status()).isEqualTo(404);
    }
}
