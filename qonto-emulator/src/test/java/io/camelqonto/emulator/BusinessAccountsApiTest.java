package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BusinessAccountsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    @Test
    void opensAnAccountWithItsOwnIbanOncePerKeyRenamesAndClosesItUnderSca() {
        String key = Fixtures.idempotencyKey();

        JsonNode opened = oauth.post("/v2/bank_accounts", "{\"bank_account\":{\"name\":\"Project ABC\"}}",
                "X-Qonto-Idempotency-Key", key).json().get("bank_account");
        JsonNode again = oauth.post("/v2/bank_accounts", "{\"bank_account\":{\"name\":\"Project ABC\"}}",
                "X-Qonto-Idempotency-Key", key).json().get("bank_account");
        String id = opened.get("id").asText();
        JsonNode renamed = oauth.patch("/v2/bank_accounts/" + id, "{\"bank_account\":{\"name\":\"Tax pot\"}}")
                .json().get("bank_account");
        Http.Reply challenge = oauth.post("/v2/bank_accounts/" + id + "/close", null);
        String token = challenge.json().get("sca_session_token").asText();
        emulator.sca().allow(token);
        JsonNode closed = oauth.post("/v2/bank_accounts/" + id + "/close", null, "X-Qonto-Sca-Session-Token", token)
                .json().get("bank_account");

        assertThat(opened.get("iban").asText()).startsWith("FR76").isNotEqualTo(
                emulator.store().bankAccounts().get(0).get("iban"));
        assertThat(opened.get("balance_cents").asLong()).isZero();
        assertThat(again).isEqualTo(opened);
        assertThat(emulator.store().bankAccounts()).filteredOn(a -> id.equals(a.get("id"))).hasSize(1);
        assertThat(renamed.get("name").asText()).isEqualTo("Tax pot");
        assertThat(challenge.status()).isEqualTo(428);
        assertThat(challenge.json().get("action_type").asText()).isEqualTo("bank_account.close");
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(oauth.post("/v2/bank_accounts", "{\"bank_account\":{\"name\":\" \"}}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey()).status()).isEqualTo(422);
    }

    @Test
    void refusesToCloseTheMainAccountOrOneWithMoney() {
        Map<String, Object> main = emulator.store().bankAccounts().get(0);
        Map<String, Object> funded = emulator.store().bankAccounts().stream()
                .filter(a -> !Boolean.TRUE.equals(a.get("main")) && !Boolean.TRUE.equals(a.get("is_external_account"))
                        && ((Number) a.get("balance_cents")).longValue() != 0).findFirst().orElseThrow();

        Http.Reply closeMain = oauth.post("/v2/bank_accounts/" + main.get("id") + "/close", null);
        Http.Reply closeFunded = oauth.post("/v2/bank_accounts/" + funded.get("id") + "/close", null);

        assertThat(closeMain.status()).isEqualTo(400);
        assertThat(closeMain.json().at("/errors/0/code").asText()).isEqualTo("main_account");
        assertThat(closeFunded.json().at("/errors/0/code").asText()).isEqualTo("balance_not_zero");
        assertThat(emulator.sca().sessions()).isEmpty();
        assertThat(Http.apiKey(emulator).post("/v2/bank_accounts/" + funded.get("id") + "/close", null).status())
                .isEqualTo(401);
    }

    @Test
    void servesTheIbanCertificateAsANamedPdf() {
        Map<String, Object> main = emulator.store().bankAccounts().get(0);

        Http.Reply certificate = Http.apiKey(emulator).get("/v2/bank_accounts/" + main.get("id") + "/iban_certificate");

        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(certificate.header("Content-Disposition")).contains("iban-certificate-").contains(".pdf");
        assertThat(certificate.body().getBytes(StandardCharsets.ISO_8859_1)).startsWith("%PDF-".getBytes(
                StandardCharsets.US_ASCII));
        assertThat(certificate.body()).contains((String) main.get("iban"));
        assertThat(Http.apiKey(emulator).get("/v2/bank_accounts/nope/iban_certificate").status()).isEqualTo(404);
    }

    @Test
    void readsTheEinvoicingSettings() {
        JsonNode settings = Http.apiKey(emulator).get("/v2/einvoicing/settings").json();

        assertThat(settings.get("sending_status").asText()).isEqualTo("enabled");
        assertThat(settings.get("receiving_status").asText()).isEqualTo("pending_creation");
    }
}
