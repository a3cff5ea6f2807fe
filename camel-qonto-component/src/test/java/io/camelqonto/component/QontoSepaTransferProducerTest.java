package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.emulator.ScaDecision;
import io.camelqonto.emulator.ScaSession;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating SEPA transfers: never twice, whatever fails on the way, and through every SCA mode. */
class QontoSepaTransferProducerTest extends QontoTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pay").to("qonto:sepaTransfer");
                from("direct:pay-wait").to("qonto:sepaTransfer?scaMode=wait&scaPollInterval=1000");
                from("direct:pay-mock").to("qonto:sepaTransfer?scaMode=mock");
                from("direct:pay-invoice").to("qonto:sepaTransfer?idempotencyKeyExpression=${header.invoiceNumber}");
                from("direct:beneficiary-then-pay")
                        .doTry().to("qonto:sepaBeneficiary?operation=create").doCatch(QontoException.class).end()
                        .setBody(exchangeProperty("transfer"))
                        .to("qonto:sepaTransfer");
                from("direct:pay-then-pay-another")
                        .doTry().to("qonto:sepaTransfer").doCatch(QontoException.class).end()
                        .setBody(exchangeProperty("transfer"))
                        .to("qonto:sepaTransfer");
                from("direct:pay-then-approve")
                        .doTry().to("qonto:sepaTransfer").doCatch(QontoException.class).end()
                        .to("qonto:request?operation=approve&scaMode=mock");
                from("direct:pay-redelivered")
                        .onException(Exception.class).maximumRedeliveries(2).redeliveryDelay(10).end()
                        .to("qonto:sepaTransfer?maxAttempts=1");
            }
        };
    }

    @Test
    void aResponseLostAfterQontoCommittedIsRetriedWithTheSameKeyAndPaysOnce() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
                .dropResponseAfterCommit().build());

        SepaTransfer created = template.requestBody("direct:pay", toTrusted("Lost response 1"), SepaTransfer.class);

        assertThat(transfersWithReference("Lost response 1")).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(created.id()));
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/transfers");
        assertThat(posts).hasSize(2);
        assertThat(posts).extracting(p -> p.header("X-Qonto-Idempotency-Key").orElseThrow()).containsOnly(
                posts.get(0).header("X-Qonto-Idempotency-Key").orElseThrow());
    }

    @Test
    void aCamelRedeliveryReusesTheIdempotencyKeyOfTheExchange() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
                .dropResponseAfterCommit().build());

        template.requestBody("direct:pay-redelivered", toTrusted("Redelivered 1"), SepaTransfer.class);

        assertThat(transfersWithReference("Redelivered 1")).hasSize(1);
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/transfers");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).header("X-Qonto-Idempotency-Key"))
                .isEqualTo(posts.get(0).header("X-Qonto-Idempotency-Key"));
    }

    @Test
    void aWriteAfterAFailedOneOfTheSameExchangeGetsAKeyOfItsOwn() {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/beneficiaries").status(500)
                .build());

        Exchange paid = template.send("direct:beneficiary-then-pay", e -> {
            e.getMessage().setBody(NewSepaBeneficiary.of("Hooli Europe SAS", TestIbans.french(4)));
            e.setProperty("transfer", toTrusted("After a failed write 1"));
        });

        assertThat(paid.getException()).isNull();
        assertThat(transfersWithReference("After a failed write 1")).hasSize(1);
        String failedKey = apiCalls("POST", "/v2/sepa/beneficiaries").get(0).header("X-Qonto-Idempotency-Key")
                .orElseThrow();
        assertThat(apiCalls("POST", "/v2/sepa/transfers")).singleElement()
                .satisfies(p -> assertThat(p.header("X-Qonto-Idempotency-Key")).isPresent().get().isNotEqualTo(failedKey));
    }

    @Test
    void aTransferAfterAFailedOneOfTheSameExchangeCarriesTheProofOfItsOwnPayee() throws Exception {
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers").status(500).build());

        Exchange paid = template.send("direct:pay-then-pay-another", e -> {
            e.getMessage().setBody(toNewBeneficiary("Failed payee 1", 5));
            e.setProperty("transfer", toTrusted("Other payee 1"));
        });

        assertThat(paid.getException()).isNull();
        assertThat(transfersWithReference("Failed payee 1")).isEmpty();
        assertThat(transfersWithReference("Other payee 1")).hasSize(1);
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(2);
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/transfers");
        assertThat(posts).hasSize(2);
        String failedProof = proofToken(posts.get(0));
        assertThat(failedProof).isNotBlank();
        assertThat(proofToken(posts.get(1))).isNotBlank().isNotEqualTo(failedProof);
    }

    @Test
    void aWriteAfterAFailedOneOfTheSameExchangeGetsAnScaSessionOfItsOwn() {
        String requestId = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type")))
                .map(r -> (String) r.get("id"))
                .findFirst().orElseThrow();

        // the transfer is challenged (scaMode=fail), the route goes on to approve a request under scaMode=mock
        Exchange approved = template.send("direct:pay-then-approve", e -> {
            e.getMessage().setBody(toNewBeneficiary("SCA then approve 1", 6));
            e.getMessage().setHeader(QontoConstants.ID, requestId);
            e.getMessage().setHeader(QontoConstants.REQUEST_TYPE, "transfer");
        });

        assertThat(approved.getException()).isNull();
        assertThat(emulator.store().request(requestId)).hasValueSatisfying(
                r -> assertThat(r.get("status")).isEqualTo("approved"));
        assertThat(transfersWithReference("SCA then approve 1")).isEmpty();
        List<ScaSession> sessions = emulator.sca().sessions();
        String transferSession = sessions.stream().filter(s -> "transfer.single.create".equals(s.actionType()))
                .map(ScaSession::token).findFirst().orElseThrow();
        assertThat(sessions).filteredOn(s -> "request.approve".equals(s.actionType())).singleElement()
                .satisfies(s -> assertThat(s.consumed()).isTrue());
        List<RecordedRequest> approvals = apiCalls("POST", "/v2/requests/");
        assertThat(approvals).hasSize(2);
        assertThat(approvals.get(0).header("X-Qonto-Sca-Session-Token")).isEmpty();
        assertThat(approvals.get(1).header("X-Qonto-Sca-Session-Token")).isPresent().get()
                .isNotEqualTo(transferSession);
    }

    @Test
    void aBusinessKeyExpressionMakesTheSamePaymentIdempotentAcrossExchanges() {
        Map<String, Object> headers = Map.of("invoiceNumber", "INV-2024-0042");

        SepaTransfer first = template.requestBodyAndHeaders("direct:pay-invoice", toTrusted("Invoice 42"), headers,
                SepaTransfer.class);
        SepaTransfer second = template.requestBodyAndHeaders("direct:pay-invoice", toTrusted("Invoice 42"), headers,
                SepaTransfer.class);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(transfersWithReference("Invoice 42")).hasSize(1);
        String expectedKey = UUID.nameUUIDFromBytes("INV-2024-0042".getBytes(StandardCharsets.UTF_8))
                .toString();
        assertThat(apiCalls("POST", "/v2/sepa/transfers"))
                .allSatisfy(p -> assertThat(p.header("X-Qonto-Idempotency-Key")).contains(expectedKey));
    }

    @Test
    void scaFailThrowsWithTheSessionTokenAndTheExchangeCanResumeOnceAllowed() {
        NewSepaTransfer transfer = toNewBeneficiary("SCA resume 1", 1);

        Exchange failed = template.send("direct:pay", e -> e.getMessage().setBody(transfer));

        assertThat(failed.getException()).isInstanceOf(QontoScaRequiredException.class);
        String token = failed.getMessage().getHeader(QontoConstants.SCA_SESSION_TOKEN, String.class);
        String key = failed.getMessage().getHeader(QontoConstants.IDEMPOTENCY_KEY, String.class);
        String proof = failed.getMessage().getHeader(QontoConstants.VOP_PROOF_TOKEN, String.class);
        assertThat(token).isNotBlank().isEqualTo(((QontoScaRequiredException) failed.getException()).scaSessionToken());
        assertThat(key).isNotBlank();
        assertThat(transfersWithReference("SCA resume 1")).isEmpty();

        emulator.sca().allow(token);
        // what a resuming route does: the same payment, with the headers it kept from the failed attempt
        Exchange resumed = template.send("direct:pay", e -> {
            e.getMessage().setBody(transfer);
            e.getMessage().setHeader(QontoConstants.SCA_SESSION_TOKEN, token);
            e.getMessage().setHeader(QontoConstants.IDEMPOTENCY_KEY, key);
            e.getMessage().setHeader(QontoConstants.VOP_PROOF_TOKEN, proof);
        });

        assertThat(resumed.getException()).isNull();
        assertThat(transfersWithReference("SCA resume 1")).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(resumed.getMessage().getHeader(QontoConstants.ID)));
        assertThat(resumed.getMessage().getHeaders()).doesNotContainKeys(QontoConstants.SCA_SESSION_TOKEN,
                QontoConstants.IDEMPOTENCY_KEY, QontoConstants.VOP_PROOF_TOKEN);
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/transfers");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).header("X-Qonto-Sca-Session-Token")).contains(token);
        assertThat(posts.get(1).header("X-Qonto-Idempotency-Key")).contains(key);
    }

    @Test
    void scaWaitPollsTheSessionUntilAllowedThenCreatesOnce() {
        emulator.sca().autoDecision(ScaDecision.ALLOW, 1);

        SepaTransfer created = template.requestBody("direct:pay-wait", toNewBeneficiary("SCA wait 1", 2),
                SepaTransfer.class);

        assertThat(transfersWithReference("SCA wait 1")).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(created.id()));
        assertThat(apiCalls("GET", "/v2/sca_sessions/")).isNotEmpty();
    }

    @Test
    void scaMockApprovesTheSessionAndCreatesOnce() {
        SepaTransfer created = template.requestBody("direct:pay-mock", toNewBeneficiary("SCA mock 1", 3),
                SepaTransfer.class);

        assertThat(transfersWithReference("SCA mock 1")).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(created.id()));
        assertThat(apiCalls("POST", "/v2/mocked_sca_sessions/")).hasSize(1);
    }

    @Test
    void aJsonFileFromAFileConsumerIsATransferBody() throws Exception {
        java.nio.file.Path inbox = java.nio.file.Files.createTempDirectory("qonto-transfers");
        java.nio.file.Files.writeString(inbox.resolve("rent-march.json"), "{\"bank_account_id\": \"" + mainAccountId()
                + "\", \"beneficiary_id\": \"" + trustedBeneficiary().get("id")
                + "\", \"reference\": \"File body 1\", \"amount\": \"42.00\"}");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?noop=true&initialDelay=0")
                        .to("qonto:sepaTransfer?idempotencyKeyExpression=${header.CamelFileName}")
                        .to("mock:paid");
            }
        });
        getMockEndpoint("mock:paid").expectedMessageCount(1);

        getMockEndpoint("mock:paid").assertIsSatisfied();
        assertThat(transfersWithReference("File body 1")).singleElement()
                .satisfies(t -> assertThat(new java.math.BigDecimal(t.get("amount").toString())).isEqualByComparingTo("42.00"));
    }

    @Test
    void aRouteReadsAndApprovesTheScaSessionThatItsFailedWriteLeftInTheHeaders() {
        NewSepaTransfer transfer = toNewBeneficiary("SCA session 1", 1);
        Exchange failed = template.send("direct:pay", e -> e.getMessage().setBody(transfer));
        String token = failed.getMessage().getHeader(QontoConstants.SCA_SESSION_TOKEN, String.class);

        io.camelqonto.model.ScaSession waiting = template.requestBodyAndHeader("qonto:scaSession", null,
                QontoConstants.SCA_SESSION_TOKEN, token, io.camelqonto.model.ScaSession.class);
        template.sendBodyAndHeader("qonto:scaSession?operation=allow", null, QontoConstants.SCA_SESSION_TOKEN, token);
        io.camelqonto.model.ScaSession allowed = template.requestBodyAndHeader("qonto:scaSession", null,
                QontoConstants.SCA_SESSION_TOKEN, token, io.camelqonto.model.ScaSession.class);

        assertThat(failed.getException()).isInstanceOf(QontoScaRequiredException.class);
        assertThat(waiting.result()).isEqualTo("waiting");
        assertThat(emulator.sca().sessions()).filteredOn(session -> session.token().equals(token)).singleElement()
                .satisfies(session -> assertThat(session.result()).isEqualTo("allow"));
        assertThat(allowed.result()).isEqualTo("allow");
        // the session is decided, the payment is not made until the route sends it again
        assertThat(transfersWithReference("SCA session 1")).isEmpty();
    }

    private static NewSepaTransfer toTrusted(String reference) {
        return new NewSepaTransfer(mainAccountId(), (String) trustedBeneficiary().get("id"), null, reference, "42.00",
                null, null, null);
    }

    private static NewSepaTransfer toNewBeneficiary(String reference, int n) {
        return new NewSepaTransfer(mainAccountId(), null,
                NewSepaBeneficiary.of("Hooli Europe SAS", TestIbans.french(n)), reference, "1250.00", null, null, null);
    }

    /** The Verification of Payee proof a transfer creation sent. */
    private static String proofToken(RecordedRequest transferCreation) throws JsonProcessingException {
        return JSON.readTree(transferCreation.body()).path("vop_proof_token").asText(null);
    }

    private static List<Map<String, Object>> transfersWithReference(String reference) {
        return emulator.store().sepaTransfers().stream().filter(t -> reference.equals(t.get("reference"))).toList();
    }
}
