package io.camelqonto.client;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How calls are put on the wire and how answers are read back. */
class RequestResponseTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String BENEFICIARY = "{\"beneficiary\":{\"id\":\"ben-1\",\"name\":\"Hooli\",\"iban\":\""
            + TestClients.IBAN + "\",\"status\":\"pending\",\"trusted\":false}}";

    private static QontoClient client() {
        return QontoClient.create(TestClients.apiKey(wm).build());
    }

    private static LoggedRequest onlyRequest() {
        assertThat(wm.getAllServeEvents()).hasSize(1);
        return wm.getAllServeEvents().get(0).getRequest();
    }

    @Test
    void aResultIsTakenFromUnderItsRootKey() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(okJson(
                "{\"transfer\":{\"id\":\"tr-1\",\"amount\":12.5,\"amount_cents\":1250,\"status\":\"settled\",\"new_field\":1}}")));

        try (QontoClient client = client()) {
            SepaTransfer transfer = client.call(QontoCall.of(QontoOperation.GET_SEPA_TRANSFER).pathParam("id", "tr-1")
                    .build(), SepaTransfer.class);
            assertThat(transfer.id()).isEqualTo("tr-1");
            assertThat(transfer.amountCents()).isEqualTo(1250L);
            assertThat(transfer.status()).isEqualTo("settled");
        }
    }

    @Test
    void aBareObjectIsAcceptedWhereARootKeyWasExpected() {
        wm.stubFor(get("/v2/bank_accounts/acc-1").willReturn(okJson("{\"id\":\"acc-1\",\"name\":\"Main\",\"main\":true}")));

        try (QontoClient client = client()) {
            BankAccount account = client.call(QontoCall.of(QontoOperation.GET_BANK_ACCOUNT).pathParam("id", "acc-1")
                    .build(), null);
            assertThat(account.id()).isEqualTo("acc-1");
            assertThat(account.main()).isTrue();
        }
    }

    @Test
    void aSingleKeyRootTakesWhateverKeyTheResourceHas() {
        wm.stubFor(post("/v2/requests/transfers/req-1/approve").willReturn(okJson(
                "{\"request_transfer\":{\"id\":\"req-1\",\"request_type\":\"transfer\",\"status\":\"approved\"}}")));

        try (QontoClient client = client()) {
            ApprovalRequest request = client.call(QontoCall.of(QontoOperation.APPROVE_REQUEST)
                    .pathParam("request_type", "transfers").pathParam("id", "req-1").idempotencyKey("approve-req-1")
                    .build(), ApprovalRequest.class);
            assertThat(request.status()).isEqualTo("approved");
        }
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("X-Qonto-Idempotency-Key")).isEqualTo("approve-req-1");
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void resultsCanBeReadAsJsonNodes() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(okJson("{\"transfer\":{\"id\":\"tr-1\"},\"trace_id\":\"t-9\"}")));

        try (QontoClient client = client()) {
            QontoCall call = QontoCall.of(QontoOperation.GET_SEPA_TRANSFER).pathParam("id", "tr-1").build();
            assertThat(client.call(call, JsonNode.class).get("id").asText()).isEqualTo("tr-1");
            QontoResponse response = client.execute(call);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.traceId()).isEqualTo("t-9");
            assertThat(response.header("Content-Type")).isEqualTo("application/json");
        }
    }

    @Test
    void aCancelAnswering204HasNoResult() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(aResponse().withStatus(204)
                .withHeader("X-Tyk-Trace-Id", "t-204")));

        try (QontoClient client = client()) {
            QontoCall cancel = QontoCall.of(QontoOperation.CANCEL_SEPA_TRANSFER).pathParam("id", "tr-1").build();
            QontoResponse response = client.execute(cancel);
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.json()).isNull();
            assertThat(response.traceId()).isEqualTo("t-204");
            assertThat(client.call(cancel, Void.class)).isNull();
        }
    }

    @Test
    void anEmptyResponseOperationToleratesABody() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(okJson("{\"transfer\":{\"id\":\"tr-1\"}}")));

        try (QontoClient client = client()) {
            assertThat(client.execute(QontoCall.of(QontoOperation.CANCEL_SEPA_TRANSFER).pathParam("id", "tr-1").build())
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void aProofIsStreamedWithTheTypeNameAndLengthOfTheAnswer() throws Exception {
        byte[] pdf = "%PDF-1.7 fake proof".getBytes(StandardCharsets.US_ASCII);
        wm.stubFor(post("/v2/sepa/transfers/tr-1/download_proof").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"proof-tr-1.pdf\"")
                .withHeader("Content-Length", String.valueOf(pdf.length)).withBody(pdf)));

        try (QontoClient client = client();
             QontoFile file = client.call(QontoCall.of(QontoOperation.DOWNLOAD_SEPA_TRANSFER_PROOF)
                     .pathParam("id", "tr-1").build(), QontoFile.class)) {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.fileName()).isEqualTo("proof-tr-1.pdf");
            assertThat(file.contentLength()).isEqualTo(pdf.length);
            assertThat(file.body().readAllBytes()).isEqualTo(pdf);
        }
        assertThat(onlyRequest().getHeader("Accept")).isEqualTo("application/pdf");
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo(TestClients.RAW_API_KEY);
    }

    @Test
    void aFileLargerThanMaxResponseSizeIsStreamedNotRefused() throws Exception {
        byte[] pdf = new byte[64 * 1024];
        java.util.Arrays.fill(pdf, (byte) 'x');
        wm.stubFor(post("/v2/sepa/transfers/tr-1/download_proof").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).maxResponseSize(1024).build());
             QontoFile file = client.openFile(QontoCall.of(QontoOperation.DOWNLOAD_SEPA_TRANSFER_PROOF)
                     .pathParam("id", "tr-1").build())) {
            assertThat(file.body().readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void aFileAnswerIsRetriedUntilItSucceedsAndAnErrorIsTyped() throws Exception {
        wm.stubFor(get("/v2/bank_accounts/acc-1/iban_certificate").inScenario("flaky")
                .willReturn(aResponse().withStatus(503).withBody("{\"errors\":[{\"code\":\"unavailable\"}]}"))
                .willSetStateTo("up"));
        wm.stubFor(get("/v2/bank_accounts/acc-1/iban_certificate").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withBody("%PDF-1.4 certificate")));
        wm.stubFor(get("/v2/bank_accounts/acc-2/iban_certificate").willReturn(aResponse().withStatus(404)
                .withBody("{\"errors\":{\"code\":\"not_found\",\"detail\":\"Bank account not found\"}}")));

        try (QontoClient client = client()) {
            try (QontoFile file = client.openFile(QontoCall.of(QontoOperation.DOWNLOAD_IBAN_CERTIFICATE)
                    .pathParam("id", "acc-1").build())) {
                assertThat(new String(file.body().readAllBytes(), StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-1.4 certificate");
            }
            assertThatThrownBy(() -> client.openFile(QontoCall.of(QontoOperation.DOWNLOAD_IBAN_CERTIFICATE)
                    .pathParam("id", "acc-2").build()))
                    .isInstanceOf(io.camelqonto.client.error.QontoNotFoundException.class);
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.DOWNLOAD_IBAN_CERTIFICATE)
                    .pathParam("id", "acc-1").build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openFile");
        }
        wm.verify(2, getRequestedFor(urlEqualTo("/v2/bank_accounts/acc-1/iban_certificate")));
    }

    @Test
    void aListAnswerIsReadAsAList() {
        wm.stubFor(patch("/v2/sepa/beneficiaries/untrust").willReturn(okJson(
                "{\"beneficiaries\":[{\"id\":\"ben-1\",\"trusted\":false},null,{\"id\":\"ben-2\",\"trusted\":false}]}")));

        try (QontoClient client = client()) {
            List<SepaBeneficiary> untrusted = client.callForList(QontoCall.of(QontoOperation.UNTRUST_SEPA_BENEFICIARIES)
                    .body(Map.of("ids", List.of("ben-1", "ben-2"))).build(), SepaBeneficiary.class);
            assertThat(untrusted).extracting(SepaBeneficiary::id).containsExactly("ben-1", "ben-2");
        }
        wm.verify(patchRequestedFor(urlEqualTo("/v2/sepa/beneficiaries/untrust"))
                .withRequestBody(equalToJson("{\"ids\":[\"ben-1\",\"ben-2\"]}")));
    }

    @Test
    void aRecordBodyIsWrappedAndWrittenInSnakeCase() {
        wm.stubFor(post("/v2/sepa/beneficiaries").willReturn(okJson(BENEFICIARY).withStatus(201)));

        try (QontoClient client = client()) {
            SepaBeneficiary created = client.call(QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY)
                    .body(new NewSepaBeneficiary("Hooli", "fr76 3000 6000 0112 3456 7890 189", null, null, "supplier"))
                    .idempotencyKey("ben-key").build(), SepaBeneficiary.class);
            assertThat(created.id()).isEqualTo("ben-1");
        }
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("X-Qonto-Idempotency-Key")).isEqualTo("ben-key");
        wm.verify(postRequestedFor(urlEqualTo("/v2/sepa/beneficiaries")).withRequestBody(equalToJson(
                "{\"beneficiary\":{\"name\":\"Hooli\",\"iban\":\"" + TestClients.IBAN + "\",\"activity_tag\":\"supplier\"}}")));
    }

    @Test
    void mapJsonNodeAndJsonTextBodiesAreWrappedAlike() {
        wm.stubFor(post("/v2/sepa/beneficiaries").willReturn(okJson(BENEFICIARY)));
        String expected = "{\"beneficiary\":{\"name\":\"Hooli\",\"iban\":\"" + TestClients.IBAN + "\"}}";
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Hooli");
        map.put("iban", TestClients.IBAN);
        JsonNode node = QontoJson.mapper().valueToTree(map);
        String text = "{\"name\":\"Hooli\",\"iban\":\"" + TestClients.IBAN + "\"}";

        try (QontoClient client = client()) {
            for (Object body : List.of(map, node, text)) {
                client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY).body(body).idempotencyKey("k").build());
            }
        }
        wm.verify(3, postRequestedFor(urlEqualTo("/v2/sepa/beneficiaries")).withRequestBody(equalToJson(expected)));
    }

    @Test
    void anAlreadyWrappedBodyIsNotWrappedTwiceAndTopLevelFieldsGoBesideThePayload() {
        wm.stubFor(post("/v2/sepa/transfers").willReturn(okJson("{\"transfer\":{\"id\":\"tr-1\"}}")));

        try (QontoClient client = client()) {
            client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_TRANSFER)
                    .body("{\"transfer\":{\"bank_account_id\":\"acc-1\",\"amount\":\"10.00\"}}")
                    .topLevelField("vop_proof_token", "vop-1").idempotencyKey("k-1").build());
            client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_TRANSFER)
                    .body(Map.of("bank_account_id", "acc-1", "amount", "10.00"))
                    .topLevelField("vop_proof_token", "vop-1").idempotencyKey("k-2").build());
        }
        wm.verify(2, postRequestedFor(urlEqualTo("/v2/sepa/transfers")).withRequestBody(equalToJson(
                "{\"vop_proof_token\":\"vop-1\",\"transfer\":{\"bank_account_id\":\"acc-1\",\"amount\":\"10.00\"}}")));
    }

    @Test
    void anInvalidJsonTextBodyIsRefusedBeforeSending() {
        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY)
                    .body("{\"name\": \"Hooli\", \"iban\": \"" + TestClients.IBAN).idempotencyKey("k").build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not valid JSON")
                    .hasMessageNotContaining(TestClients.IBAN);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void queryParametersAreEncodedInOrderAndRepeated() {
        wm.stubFor(get(urlPathEqualTo("/v2/transactions")).willReturn(okJson("{\"transactions\":[],\"meta\":{}}")));

        try (QontoClient client = client()) {
            client.execute(QontoCall.of(QontoOperation.LIST_TRANSACTIONS)
                    .query("bank_account_id", "acc-1")
                    .queryAll("status[]", List.of("pending", "completed"))
                    .query("search", "coffee & cake")
                    .query("settled_at_from", "2025-01-01T00:00:00Z")
                    .query("ignored", null)
                    .build());
        }
        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/v2/transactions?bank_account_id=acc-1&status%5B%5D=pending"
                + "&status%5B%5D=completed&search=coffee%20%26%20cake&settled_at_from=2025-01-01T00%3A00%3A00Z");
        wm.verify(getRequestedFor(urlPathEqualTo("/v2/transactions"))
                .withQueryParam("status[]", havingExactly("pending", "completed"))
                .withQueryParam("search", equalTo("coffee & cake")));
    }

    @Test
    void pathParametersAreEncoded() {
        wm.stubFor(get("/v2/transactions/a%2Fb%20c").willReturn(okJson("{\"transaction\":{\"id\":\"x\"}}")));

        try (QontoClient client = client()) {
            client.execute(QontoCall.of(QontoOperation.GET_TRANSACTION).pathParam("id", "a/b c").build());
        }
        assertThat(onlyRequest().getUrl()).isEqualTo("/v2/transactions/a%2Fb%20c");
    }

    @Test
    void aClosedClientRefusesCalls() {
        QontoClient client = client();
        client.close();
        assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
