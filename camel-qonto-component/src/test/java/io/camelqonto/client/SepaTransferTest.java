package io.camelqonto.client;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.SepaTransfer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.camelqonto.client.TestClients.IBAN;
import static io.camelqonto.client.TestClients.OTHER_IBAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SepaTransferTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String VERIFY = "/v2/sepa/verify_payee";
    private static final String TRANSFERS = "/v2/sepa/transfers";
    private static final String CREATED = "{\"transfer\":{\"id\":\"tr-1\",\"status\":\"pending\",\"amount\":250.0,"
            + "\"amount_cents\":25000,\"amount_currency\":\"EUR\",\"reference\":\"Invoice 42\"}}";

    private static QontoClient client() {
        return QontoClient.create(TestClients.apiKey(wm).build());
    }

    private static NewSepaTransfer toInlineBeneficiary() {
        return new NewSepaTransfer("acc-1", null, NewSepaBeneficiary.of("Hooli Inc", IBAN), "Invoice 42", "250.00", null,
                null, null);
    }

    private static void vopAnswers(String matchResult, String matchedName) {
        wm.stubFor(post(VERIFY).willReturn(okJson("{\"match_result\":\"" + matchResult + "\""
                + (matchedName == null ? "" : ",\"matched_name\":\"" + matchedName + "\"")
                + ",\"proof_token\":{\"token\":\"vop-proof-1\"}}")));
    }

    @Test
    void verifiesThePayeeThenCreatesTheTransferWithTheProofAndTheKey() {
        vopAnswers(PayeeVerification.MATCH, null);
        wm.stubFor(post(TRANSFERS).willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            SepaTransfer transfer = client.createSepaTransfer(toInlineBeneficiary(), null, "pay-42", null);
            assertThat(transfer.id()).isEqualTo("tr-1");
            assertThat(transfer.amountCents()).isEqualTo(25000L);
        }

        wm.verify(postRequestedFor(urlEqualTo(VERIFY))
                .withRequestBody(equalToJson("{\"iban\":\"" + IBAN + "\",\"beneficiary_name\":\"Hooli Inc\"}")));
        LoggedRequest create = wm.findAll(postRequestedFor(urlEqualTo(TRANSFERS))).get(0);
        assertThat(create.getHeader("X-Qonto-Idempotency-Key")).isEqualTo("pay-42");
        wm.verify(postRequestedFor(urlEqualTo(TRANSFERS)).withRequestBody(equalToJson("{\"vop_proof_token\":\"vop-proof-1\","
                + "\"transfer\":{\"bank_account_id\":\"acc-1\",\"beneficiary\":{\"name\":\"Hooli Inc\",\"iban\":\"" + IBAN
                + "\"},\"reference\":\"Invoice 42\",\"amount\":\"250.00\"}}")));
    }

    @Test
    void anExistingBeneficiaryIsLookedUpForTheVerification() {
        wm.stubFor(get("/v2/sepa/beneficiaries/ben-7").willReturn(okJson(
                "{\"beneficiary\":{\"id\":\"ben-7\",\"name\":\"Pied Piper\",\"iban\":\"" + OTHER_IBAN + "\"}}")));
        vopAnswers(PayeeVerification.MATCH, null);
        wm.stubFor(post(TRANSFERS).willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            client.createSepaTransfer(new NewSepaTransfer("acc-1", "ben-7", null, "Invoice 42", "250.00", null, null, null),
                    null, "pay-43", null);
        }

        wm.verify(postRequestedFor(urlEqualTo(VERIFY))
                .withRequestBody(equalToJson("{\"iban\":\"" + OTHER_IBAN + "\",\"beneficiary_name\":\"Pied Piper\"}")));
        wm.verify(postRequestedFor(urlEqualTo(TRANSFERS)).withRequestBody(equalToJson("{\"vop_proof_token\":\"vop-proof-1\","
                + "\"transfer\":{\"bank_account_id\":\"acc-1\",\"beneficiary_id\":\"ben-7\",\"reference\":\"Invoice 42\","
                + "\"amount\":\"250.00\"}}")));
    }

    @Test
    void aCloseMatchIsRefusedByDefaultAndNothingIsCreated() {
        vopAnswers(PayeeVerification.CLOSE_MATCH, "Hooli Incorporated");

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(toInlineBeneficiary(), null, "pay-44", null))
                    .isInstanceOfSatisfying(QontoPayeeVerificationException.class, e -> {
                        assertThat(e.matchResult()).isEqualTo(PayeeVerification.CLOSE_MATCH);
                        assertThat(e.matchedName()).isEqualTo("Hooli Incorporated");
                        assertThat(e.status()).isZero();
                        assertThat(e.getMessage()).contains(PayeeVerification.CLOSE_MATCH).doesNotContain(IBAN);
                    });
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TRANSFERS)))).isEmpty();
    }

    @Test
    void aCloseMatchGoesThroughWhenTheCallerAcceptsIt() {
        vopAnswers(PayeeVerification.CLOSE_MATCH, "Hooli Incorporated");
        wm.stubFor(post(TRANSFERS).willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            SepaTransfer transfer = client.createSepaTransfer(toInlineBeneficiary(), null, "pay-45",
                    Set.of(PayeeVerification.MATCH, PayeeVerification.CLOSE_MATCH));
            assertThat(transfer.id()).isEqualTo("tr-1");
        }
    }

    @Test
    void noMatchIsNeverAcceptedImplicitly() {
        vopAnswers(PayeeVerification.NO_MATCH, null);

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(toInlineBeneficiary(), null, "pay-46", Set.of()))
                    .isInstanceOfSatisfying(QontoPayeeVerificationException.class,
                            e -> assertThat(e.matchResult()).isEqualTo(PayeeVerification.NO_MATCH));
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TRANSFERS)))).isEmpty();
    }

    @Test
    void aGivenProofTokenSkipsTheVerification() {
        wm.stubFor(post(TRANSFERS).willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            client.createSepaTransfer(toInlineBeneficiary(), "vop-earlier", "pay-47", null);
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(VERIFY)))).isEmpty();
        wm.verify(postRequestedFor(urlEqualTo(TRANSFERS))
                .withRequestBody(equalToJson("{\"vop_proof_token\":\"vop-earlier\"}", true, true)));
    }

    @Test
    void anInvalidTransferIsRefusedBeforeAnythingIsSent() {
        NewSepaTransfer invalid = new NewSepaTransfer("acc-1", null, NewSepaBeneficiary.of("Hooli", "FR7630006000011234567890188"),
                "Invoice 42", "12.345", null, null, null);

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(invalid, null, "pay-48", null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.fields()).containsExactlyInAnyOrder("transfer.amount", "transfer.beneficiary.iban");
                        assertThat(e.getMessage()).doesNotContain("FR7630006000011234567890188");
                    });
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTransferNeedsAnIdempotencyKey() {
        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(toInlineBeneficiary(), null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("idempotency key");
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void verifyPayeeChecksTheIbanLocallyFirst() {
        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.verifyPayee("FR7630006000011234567890188", "Hooli"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsExactly("iban"));
            assertThatThrownBy(() -> client.verifyPayee(IBAN, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fields()).containsExactly("beneficiary_name"));
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void verifyPayeeSendsTheNormalisedIbanAndReadsBothProofTokenShapes() {
        wm.stubFor(post(VERIFY).willReturn(okJson(
                "{\"match_result\":\"MATCH_RESULT_MATCH\",\"matched_name\":null,\"proof_token\":\"vop-plain\"}")));

        try (QontoClient client = client()) {
            PayeeVerification verification = client.verifyPayee("fr76 3000 6000 0112 3456 7890 189", "Hooli Inc");
            assertThat(verification.matchResult()).isEqualTo(PayeeVerification.MATCH);
            assertThat(verification.proofToken()).isEqualTo("vop-plain");
        }
        wm.verify(postRequestedFor(urlEqualTo(VERIFY))
                .withRequestBody(equalToJson("{\"iban\":\"" + IBAN + "\",\"beneficiary_name\":\"Hooli Inc\"}")));
    }

    @Test
    void aSecondTransferToTheSamePayeeReusesItsProofWhateverMatchResultsItAccepts() {
        vopAnswers(PayeeVerification.CLOSE_MATCH, "Hooli Incorporated");
        wm.stubFor(post(TRANSFERS).willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(toInlineBeneficiary(), null, "pay-50", null))
                    .isInstanceOf(QontoPayeeVerificationException.class);
            client.createSepaTransfer(toInlineBeneficiary(), null, "pay-51",
                    Set.of(PayeeVerification.MATCH, PayeeVerification.CLOSE_MATCH));
            client.createSepaTransfer(toInlineBeneficiary(), null, "pay-52",
                    Set.of(PayeeVerification.MATCH, PayeeVerification.CLOSE_MATCH));
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(VERIFY)))).hasSize(1);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TRANSFERS)))).hasSize(2).allSatisfy(create ->
                assertThat(create.getBodyAsString()).contains("\"vop_proof_token\":\"vop-proof-1\""));
    }

    @Test
    void aProofQontoRefusesIsNotUsedAgain() {
        vopAnswers(PayeeVerification.MATCH, null);
        wm.stubFor(post(TRANSFERS).inScenario("refused").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"code\":\"invalid_vop_proof_token\",\"detail\":\"expired\","
                                + "\"source\":{\"pointer\":\"/vop_proof_token\"}}]}"))
                .willSetStateTo("accepted"));
        wm.stubFor(post(TRANSFERS).inScenario("refused").whenScenarioStateIs("accepted").willReturn(okJson(CREATED)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.createSepaTransfer(toInlineBeneficiary(), null, "pay-53", null))
                    .isInstanceOf(QontoException.class);
            client.createSepaTransfer(toInlineBeneficiary(), null, "pay-54", null);
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(VERIFY)))).hasSize(2);
    }
}
