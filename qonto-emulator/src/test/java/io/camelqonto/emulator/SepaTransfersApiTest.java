package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SepaTransfersApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);
    private final String accountId = Fixtures.mainAccountId(emulator);
    private final Map<String, Object> trusted = Fixtures.beneficiary(emulator, true);

    @Test
    void sendsATransferToATrustedBeneficiaryWithoutSca() {
        String body = Fixtures.transferTo(accountId, id(trusted), "100.50", vop(trusted));

        Http.Reply reply = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode transfer = reply.json().get("transfer");
        assertThat(transfer.get("status").asText()).isEqualTo("pending");
        assertThat(transfer.get("amount").decimalValue()).isEqualByComparingTo("100.50");
        assertThat(transfer.get("amount_cents").asLong()).isEqualTo(10050);
        assertThat(transfer.get("amount_currency").asText()).isEqualTo("EUR");
        assertThat(transfer.get("beneficiary_id").asText()).isEqualTo(id(trusted));
        assertThat(transfer.get("scheduled_date").asText()).as("today, the day the transfer was created")
                .isEqualTo(transfer.get("created_at").asText().substring(0, 10));
        assertThat(emulator.store().sepaTransfer(transfer.get("id").asText())).isPresent();
        assertThat(Http.apiKey(emulator).get("/v2/sepa/transfers/" + transfer.get("id").asText()).json()
                .get("transfer")).isEqualTo(transfer);
    }

    @Test
    void validatesTheTransferLikeQonto() {
        String body = "{\"vop_proof_token\":\"x\",\"transfer\":{\"bank_account_id\":\"" + accountId
                + "\",\"beneficiary\":{\"name\":\"\",\"iban\":\"FR7630006000011234567890188\"},"
                + "\"amount\":100.5,\"reference\":\"" + "r".repeat(141) + "\",\"scheduled_date\":\"2020-01-01\"}}";

        Http.Reply reply = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("code").asText() + " " + e.at("/source/pointer").asText())
                .containsExactlyInAnyOrder(
                        "not_a_string /transfer/amount",
                        "too_long /transfer/reference",
                        "blank /transfer/beneficiary/name",
                        "invalid_iban /transfer/beneficiary/iban",
                        "invalid_date /transfer/scheduled_date");
        assertThat(reply.json().at("/errors/0/detail").asText()).isNotBlank();
    }

    @Test
    void acceptsOnlyPositiveDecimalStringsWithTwoDecimalsAtMost() {
        for (String amount : new String[] {"10.123", "-5", "1,50", "0.00"}) {
            Http.Reply reply = oauth.post("/v2/sepa/transfers", Fixtures.transferTo(accountId, id(trusted), amount,
                    vop(trusted)), "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
            assertThat(reply.status()).as(amount).isEqualTo(422);
            assertThat(reply.json().at("/errors/0/source/pointer").asText()).isEqualTo("/transfer/amount");
        }
    }

    @Test
    void needsAnAttachmentAboveThirtyThousandEuros() {
        Http.Reply reply = oauth.post("/v2/sepa/transfers",
                Fixtures.transferTo(accountId, id(trusted), "30000.01", vop(trusted)),
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/source/pointer").asText()).isEqualTo("/transfer/attachment_ids");
    }

    @Test
    void needsAVopProofTokenIssuedForTheBeneficiaryIban() {
        Map<String, Object> other = Fixtures.beneficiary(emulator, false);

        Http.Reply missing = oauth.post("/v2/sepa/transfers",
                Fixtures.transferTo(accountId, id(trusted), "10.00", ""), "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        Http.Reply forAnotherIban = oauth.post("/v2/sepa/transfers",
                Fixtures.transferTo(accountId, id(trusted), "10.00", vop(other)),
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());

        for (Http.Reply reply : new Http.Reply[] {missing, forAnotherIban}) {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("invalid_vop_proof_token");
        }
    }

    @Test
    void createsAnInlineBeneficiaryOnceAndReusesItByIban() {
        String iban = "FR7630004000011234567890173";
        String token = Fixtures.vopToken(oauth, iban);
        String body = "{\"vop_proof_token\":\"" + token + "\",\"transfer\":{\"bank_account_id\":\"" + accountId
                + "\",\"beneficiary\":{\"name\":\"Gavin Belson\",\"iban\":\"" + iban + "\"},"
                + "\"reference\":\"Hooli XYZ\",\"amount\":\"12.00\"}}";
        emulator.sca().autoDecision(ScaDecision.ALLOW, 0);
        int before = emulator.store().beneficiaries().size();

        String first = sendWithSca(body);
        String second = sendWithSca(body);

        assertThat(emulator.store().beneficiaries()).hasSize(before + 1);
        assertThat(first).isEqualTo(second);
        Map<String, Object> created = emulator.store().beneficiary(first).orElseThrow();
        assertThat(created).containsEntry("status", "pending").containsEntry("trusted", false)
                .containsEntry("iban", iban).containsEntry("bic", "BNPAFRPPXXX");
    }

    @Test
    void cancelsPendingTransfersOnly() {
        String transferId = send(Fixtures.transferTo(accountId, id(trusted), "10.00", vop(trusted)));

        Http.Reply canceled = oauth.post("/v2/sepa/transfers/" + transferId + "/cancel", null);
        Http.Reply again = oauth.post("/v2/sepa/transfers/" + transferId + "/cancel", null);

        assertThat(canceled.status()).isEqualTo(204);
        assertThat(canceled.body()).isEmpty();
        assertThat(emulator.store().sepaTransfer(transferId).orElseThrow()).containsEntry("status", "canceled");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().at("/errors/0/code").asText()).isEqualTo("transfer_not_cancelable");
        assertThat(oauth.post("/v2/sepa/transfers/unknown/cancel", null).status()).isEqualTo(404);
    }

    @Test
    void settlesThroughTheStoreIntoADebitTransaction() {
        String transferId = send(Fixtures.transferTo(accountId, id(trusted), "250.00", vop(trusted)));
        long balanceBefore = (Long) emulator.store().bankAccounts().get(0).get("balance_cents");

        emulator.store().advanceTransfer(transferId, "processing");
        emulator.store().advanceTransfer(transferId, "settled");

        Map<String, Object> transfer = emulator.store().sepaTransfer(transferId).orElseThrow();
        assertThat(transfer).containsEntry("status", "settled");
        assertThat(transfer.get("completed_at")).isNotNull();
        Map<String, Object> tx = emulator.store().transaction((String) transfer.get("transaction_id")).orElseThrow();
        assertThat(tx).containsEntry("side", "debit").containsEntry("status", "completed")
                .containsEntry("amount_cents", 25000L).containsEntry("operation_type", "transfer")
                .containsEntry("label", trusted.get("name"));
        assertThat((Long) emulator.store().bankAccounts().get(0).get("balance_cents")).isEqualTo(balanceBefore - 25000);
    }

    @Test
    void servesTheProofOfSettledTransfersOnly() {
        String transferId = send(Fixtures.transferTo(accountId, id(trusted), "20.00", vop(trusted)));
        assertThat(oauth.post("/v2/sepa/transfers/" + transferId + "/download_proof", null).status()).isEqualTo(404);
        emulator.store().advanceTransfer(transferId, "settled");

        Http.Reply proof = oauth.post("/v2/sepa/transfers/" + transferId + "/download_proof", null);
        Http.Reply alias = oauth.get("/v2/sepa/transfers/" + transferId + "/proof");

        assertThat(proof.status()).isEqualTo(200);
        assertThat(proof.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(proof.body()).startsWith("%PDF-1.4").contains(transferId).endsWith("%%EOF\n");
        assertThat(proof.body().getBytes(StandardCharsets.ISO_8859_1)).hasSizeGreaterThan(300);
        assertThat(alias.body()).isEqualTo(proof.body());
    }

    @Test
    void filtersAndSortsTheList() {
        JsonNode settled = Http.apiKey(emulator).get("/v2/sepa/transfers?status=settled&status=declined"
                + "&sort_by=scheduled_date:asc").json();
        JsonNode bracketed = Http.apiKey(emulator).get("/v2/sepa/transfers?status[]=settled&status[]=declined"
                + "&sort_by=scheduled_date:asc").json();
        Http.Reply wrong = Http.apiKey(emulator).get("/v2/sepa/transfers?status=done");

        assertThat(settled.get("transfers")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("status").asText()).isIn("settled", "declined"));
        assertThat(settled.get("transfers")).extracting(t -> t.get("scheduled_date").asText())
                .isSorted();
        assertThat(bracketed.get("transfers")).isEqualTo(settled.get("transfers"));
        assertThat(wrong.json().at("/errors/0/detail").asText())
                .isEqualTo("status must be one of: pending, processing, canceled, declined, settled");
    }

    @Test
    void filtersByIds() {
        JsonNode all = Http.apiKey(emulator).get("/v2/sepa/transfers").json().get("transfers");
        String first = all.get(0).get("id").asText();
        String second = all.get(1).get("id").asText();

        JsonNode selected = Http.apiKey(emulator).get("/v2/sepa/transfers?ids=" + first + "&ids[]=" + second).json();

        assertThat(selected.get("transfers")).extracting(t -> t.get("id").asText())
                .containsExactlyInAnyOrder(first, second);
    }

    private String send(String body) {
        Http.Reply reply = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().at("/transfer/id").asText();
    }

    /** Sends a transfer that needs SCA, with sessions allowed at once; returns its beneficiary id. */
    private String sendWithSca(String body) {
        String key = Fixtures.idempotencyKey();
        Http.Reply challenge = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", key);
        assertThat(challenge.status()).isEqualTo(428);
        Http.Reply done = oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", key,
                "X-Qonto-Sca-Session-Token", challenge.json().get("sca_session_token").asText());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return done.json().at("/transfer/beneficiary_id").asText();
    }

    private String vop(Map<String, Object> beneficiary) {
        return Fixtures.vopToken(oauth, (String) beneficiary.get("iban"));
    }

    private static String id(Map<String, Object> beneficiary) {
        return (String) beneficiary.get("id");
    }
}
