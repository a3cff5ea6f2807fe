package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rules of recurring, bulk and internal transfers that a client's tests rely on. */
class TransferFamiliesApiTest {

    private static final String IBAN_A = "FR7630004000011234567890173";
    private static final String IBAN_B = "FR4630004000015234567890125";

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    private String bulkProof(String... ibans) {
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < ibans.length; i++) {
            requests.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"beneficiary_name\":")
                    .append("\"Payee ").append(i).append("\",\"iban\":\"").append(ibans[i]).append("\"}");
        }
        return oauth.post("/v2/sepa/bulk_verify_payee", "{\"requests\":[" + requests + "]}").json()
                .at("/proof_token/token").asText();
    }

    private String bulk(String proof, String... ibans) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ibans.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"client_transfer_id\":\"").append(Fixtures.idempotencyKey())
                    .append("\",\"amount\":\"10.00\",\"reference\":\"Bulk ").append(i)
                    .append("\",\"beneficiary\":{\"name\":\"Payee ").append(i).append("\",\"iban\":\"")
                    .append(ibans[i]).append("\"}}");
        }
        return "{\"bank_account_id\":\"" + Fixtures.mainAccountId(emulator) + "\",\"vop_proof_token\":\"" + proof
                + "\",\"bulk_transfers\":[" + items + "]}";
    }

    @Test
    void aBulkTransferTakesOnlyTheProofOfExactlyItsIbans() {
        String bothProof = bulkProof(IBAN_A, IBAN_B);
        String oneProof = bulkProof(IBAN_A);
        int transfersBefore = emulator.store().sepaTransfers().size();

        Http.Reply partial = oauth.post("/v2/sepa/bulk_transfers", bulk(oneProof, IBAN_A, IBAN_B),
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        Http.Reply challenged = oauth.post("/v2/sepa/bulk_transfers", bulk(bothProof, IBAN_A, IBAN_B),
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.json().at("/errors/0/code").asText()).isEqualTo("invalid_vop_proof_token");
        assertThat(challenged.status()).isEqualTo(428);
        assertThat(emulator.store().sepaTransfers()).hasSize(transfersBefore);
    }

    @Test
    void aRecurringTransferNeedsScaEvenToATrustedBeneficiary() {
        Map<String, Object> trusted = Fixtures.beneficiary(emulator, true);
        String body = "{\"vop_proof_token\":\"" + Fixtures.vopToken(oauth, (String) trusted.get("iban"))
                + "\",\"recurring_transfer\":{\"bank_account_id\":\"" + Fixtures.mainAccountId(emulator)
                + "\",\"beneficiary_id\":\"" + trusted.get("id") + "\",\"reference\":\"Rent\",\"amount\":\"900.00\","
                + "\"frequency\":\"monthly\",\"first_execution_date\":\"2099-01-01\"}}";

        Http.Reply reply = oauth.post("/v2/sepa/recurring_transfers", body,
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(428);
        assertThat(reply.json().get("action_type").asText()).isEqualTo("transfer.recurring.create");
    }

    @Test
    void anInternalTransferTakesAnApiKeyAndRefusesMoreThanTheAuthorizedBalance() {
        Map<String, Object> main = emulator.store().bankAccounts().stream()
                .filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow();
        Map<String, Object> taxes = emulator.store().bankAccounts().stream()
                .filter(a -> "Taxes".equals(a.get("name"))).findFirst().orElseThrow();
        long available = (Long) main.get("authorized_balance_cents");
        String tooMuch = String.format(Locale.ROOT, "%d.%02d", (available + 1) / 100, (available + 1) % 100);

        Http.Reply refused = Http.apiKey(emulator).post("/v2/internal_transfers", "{\"internal_transfer\":{"
                + "\"debit_iban\":\"" + main.get("iban") + "\",\"credit_iban\":\"" + taxes.get("iban")
                + "\",\"reference\":\"Too much\",\"amount\":\"" + tooMuch + "\",\"currency\":\"EUR\"}}",
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/code").asText()).isEqualTo("insufficient_funds");
        assertThat(emulator.store().internalTransfers()).isEmpty();
    }
}
