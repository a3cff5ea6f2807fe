package io.camelqonto.component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.BulkPayeeVerification;
import io.camelqonto.model.BulkTransfer;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewBulkTransfer;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.PayeeVerificationBatch;
import io.camelqonto.model.SepaBeneficiary;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SEPA bulk transfers through routes: one bulk Verification of Payee, one proof, each transfer once. */
class QontoBulkTransferTest extends QontoTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static NewBulkTransfer.Item inline(String clientId, String name, String iban, String amount) {
        return new NewBulkTransfer.Item(clientId, amount, "Payout " + name, null, NewSepaBeneficiary.of(name, iban),
                null, null, null);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    @Test
    void verifiesEveryPayeeInOneCallThenSendsEachTransferOnceUnderTheBulkProof() throws Exception {
        String first = uuid();
        String second = uuid();
        String trusted = (String) trustedBeneficiary().get("id");
        NewBulkTransfer bulk = new NewBulkTransfer(mainAccountId(), List.of(
                inline(first, "Monica Hall", TestIbans.french(8101), "150.00"),
                new NewBulkTransfer.Item(second, "75.50", "Payout trusted", trusted, null, null, null, null)));
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/bulk_transfers")
                .dropResponseAfterCommit().build());

        BulkTransfer created = template.requestBody("qonto:bulkTransfer?scaMode=mock", bulk, BulkTransfer.class);

        List<RecordedRequest> verifications = apiCalls("POST", "/v2/sepa/bulk_verify_payee");
        assertThat(verifications).singleElement().satisfies(call -> {
            JsonNode requests = JSON.readTree(call.body()).get("requests");
            assertThat(requests).extracting(r -> r.get("id").asText()).containsExactly(first, second);
            assertThat(requests.get(1).get("iban").asText()).isEqualTo(trustedBeneficiary().get("iban"));
        });
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/bulk_transfers");
        assertThat(posts).extracting(p -> p.header("X-Qonto-Idempotency-Key").orElseThrow())
                .containsOnly(posts.get(0).header("X-Qonto-Idempotency-Key").orElseThrow());
        assertThat(posts).extracting(p -> JSON.readTree(p.body()).get("vop_proof_token").asText()).doesNotContainNull()
                .containsOnly(JSON.readTree(posts.get(0).body()).get("vop_proof_token").asText());
        assertThat(created.totalCount()).isEqualTo(2);
        assertThat(created.result(first).orElseThrow().status()).isEqualTo("completed");
        assertThat(emulator.store().bulkTransfers()).filteredOn(b -> created.id().equals(b.get("id"))).hasSize(1);
        String transferId = created.result(second).orElseThrow().transferId();
        assertThat(emulator.store().sepaTransfer(transferId).orElseThrow().get("beneficiary_id")).isEqualTo(trusted);
    }

    @Test
    void oneRefusedPayeeStopsTheWholeBulkAndNamesIt() {
        String refusedId = uuid();
        NewBulkTransfer bulk = new NewBulkTransfer(mainAccountId(), List.of(
                inline(uuid(), "Jared Dunn", TestIbans.french(8201), "20.00"),
                inline(refusedId, "Nomatch Industries", TestIbans.french(8202), "30.00")));

        Exchange refused = template.request("qonto:bulkTransfer?scaMode=mock", e -> e.getMessage().setBody(bulk));

        assertThat(refused.getException()).isInstanceOf(QontoPayeeVerificationException.class)
                .hasMessageContaining("1 of 2").hasMessageContaining(refusedId)
                .hasMessageContaining("MATCH_RESULT_NO_MATCH");
        assertThat(apiCalls("POST", "/v2/sepa/bulk_transfers")).isEmpty();
    }

    @Test
    void aProofFromAnEarlierVerificationOrASkippedOneIsSentAsItIs() {
        String iban = TestIbans.french(8301);
        String clientId = uuid();
        PayeeVerificationBatch payees = new PayeeVerificationBatch(
                List.of(new PayeeVerificationBatch.Payee(clientId, "Nelson Bighetti", iban)));

        Exchange verified = template.request("qonto:bulkTransfer?operation=verifyPayees",
                e -> e.getMessage().setBody(payees));
        Exchange skipped = template.request("qonto:bulkTransfer?operation=skipPayeeVerification",
                e -> e.getMessage().setBody(Map.of("requests", List.of(Map.of("id", clientId,
                        "beneficiaryName", "Nelson Bighetti", "iban", iban)))));
        String skippedProof = skipped.getMessage().getHeader(QontoConstants.VOP_PROOF_TOKEN, String.class);
        BulkTransfer created = template.requestBodyAndHeader("qonto:bulkTransfer?scaMode=mock",
                new NewBulkTransfer(mainAccountId(), List.of(inline(clientId, "Nelson Bighetti", iban, "12.00"))),
                QontoConstants.VOP_PROOF_TOKEN, skippedProof, BulkTransfer.class);

        BulkPayeeVerification verification = verified.getMessage().getBody(BulkPayeeVerification.class);
        assertThat(verification.requests()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(clientId);
            assertThat(r.matchResult()).isEqualTo("MATCH_RESULT_MATCH");
        });
        assertThat(verified.getMessage().getHeader(QontoConstants.VOP_PROOF_TOKEN, String.class))
                .isEqualTo(verification.proofToken()).isNotBlank();
        assertThat(skipped.getMessage().getBody(BulkPayeeVerification.class).requests()).isNull();
        assertThat(apiCalls("POST", "/v2/sepa/bulk_verify_payee")).hasSize(1);
        assertThat(created.completedCount()).isEqualTo(1);
    }

    @Test
    void aWrongBulkIsRefusedNamingEveryTransferAndFieldAndNothingIsSent() {
        String repeated = uuid();
        NewBulkTransfer bulk = new NewBulkTransfer(mainAccountId(), List.of(
                inline(repeated, "Gavin Belson", TestIbans.withBadChecksum(TestIbans.french(8401)), "10.00"),
                inline(repeated, "Peter Gregory", TestIbans.french(8402), "10.001"),
                inline("not-a-uuid", "Laurie Bream", TestIbans.french(8403), "40000.00")));

        Exchange refused = template.request("qonto:bulkTransfer", e -> e.getMessage().setBody(bulk));

        assertThat(refused.getException()).isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining(TestIbans.french(8401).substring(4, 20));
        assertThat(((InvalidInputException) refused.getException()).fields()).containsExactlyInAnyOrder(
                "bulk_transfers[0].beneficiary.iban", "bulk_transfers[1].amount",
                "bulk_transfers[1].client_transfer_id", "bulk_transfers[2].client_transfer_id",
                "bulk_transfers[2].attachment_ids");
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void listsAndReadsBulkTransfersWithTheResultOfEachTransfer() {
        List<?> listed = template.requestBody("qonto:bulkTransfers", null, List.class);
        BulkTransfer withFailure = listed.stream().map(BulkTransfer.class::cast)
                .filter(b -> b.failedCount() > 0).findFirst().orElseThrow();

        BulkTransfer read = template.requestBodyAndHeader("qonto:bulkTransfer?operation=get", null,
                QontoConstants.ID, withFailure.id(), BulkTransfer.class);

        assertThat(listed).hasSize(emulator.store().bulkTransfers().size());
        assertThat(read.results()).filteredOn(r -> "failed".equals(r.status())).singleElement()
                .satisfies(r -> assertThat(r.transferId()).isNull())
                .satisfies(r -> assertThat(r.errors()).isNotEmpty());
        assertThat(read.results()).filteredOn(r -> "completed".equals(r.status()))
                .allSatisfy(r -> assertThat(emulator.store().sepaTransfer(r.transferId())).isPresent());
    }

    @Test
    void trustingBeneficiariesNeedsScaAndTheEmbedScope() {
        List<String> untrusted = emulator.store().beneficiaries().stream()
                .filter(b -> Boolean.FALSE.equals(b.get("trusted")) && "validated".equals(b.get("status")))
                .map(b -> (String) b.get("id")).limit(2).toList();

        List<?> trusted = template.requestBody("qonto:sepaBeneficiary?operation=trust&scaMode=mock",
                String.join(",", untrusted), List.class);

        assertThat(trusted).hasSize(2).allSatisfy(b -> assertThat(((SepaBeneficiary) b).trusted()).isTrue());
        assertThat(untrusted).allSatisfy(id ->
                assertThat(emulator.store().beneficiary(id).orElseThrow().get("trusted")).isEqualTo(true));
        assertThat(apiCalls("PATCH", "/v2/sepa/beneficiaries/trust")).extracting(RecordedRequest::status)
                .containsExactly(428, 200);
    }
}
