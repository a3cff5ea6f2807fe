package io.camelqonto.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.camelqonto.client.error.QontoConflictException;
import io.camelqonto.client.error.QontoError;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoNotFoundException;
import io.camelqonto.client.error.QontoPermissionException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.client.error.QontoValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorTranslationTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static QontoClient client() {
        return QontoClient.create(TestClients.apiKey(wm).build());
    }

    private static QontoCall listTransfers() {
        return QontoCall.of(QontoOperation.LIST_SEPA_TRANSFERS).query("status", "bogus").build();
    }

    private static QontoCall getTransfer(String id) {
        return QontoCall.of(QontoOperation.GET_SEPA_TRANSFER).pathParam("id", id).build();
    }

    @Test
    void errorsAsAnArrayBecomeAValidationErrorNamingTheFields() {
        wm.stubFor(get(urlPathEqualTo("/v2/sepa/transfers")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"not_in_list\",\"detail\":\"status must be one of: pending\","
                        + "\"source\":{\"parameter\":\"status\"}},{\"code\":\"not_a_string\",\"detail\":\"amount must be a string\","
                        + "\"source\":{\"pointer\":\"/transfer/amount\"}}],\"trace_id\":\"trace-body\"}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(listTransfers()))
                    .isInstanceOfSatisfying(QontoValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.codes()).containsExactly("not_in_list", "not_a_string");
                        assertThat(e.fields()).containsExactly("status", "/transfer/amount");
                        assertThat(e.errors().get(1).detail()).isEqualTo("amount must be a string");
                        assertThat(e.traceId()).isEqualTo("trace-body");
                        assertThat(e.getMessage()).contains("GET /v2/sepa/transfers", "not_in_list at status",
                                "trace-body");
                    });
        }
    }

    @Test
    void errorsAsASingleObjectAreUnderstoodToo() {
        wm.stubFor(get("/v2/sepa/transfers/tr-404").willReturn(aResponse().withStatus(404)
                .withHeader("X-Tyk-Trace-Id", "trace-header")
                .withBody("{\"errors\":{\"code\":\"not_found\",\"detail\":\"Transfer not found\",\"status\":\"404\","
                        + "\"source\":{\"parameter\":\"id\"}}}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-404")))
                    .isInstanceOfSatisfying(QontoNotFoundException.class, e -> {
                        assertThat(e.errors()).containsExactly(new QontoError("not_found", "Transfer not found", null, "id"));
                        assertThat(e.traceId()).isEqualTo("trace-header");
                        assertThat(e.getMessage()).contains("GET /v2/sepa/transfers/{id}").doesNotContain("tr-404");
                    });
        }
    }

    @Test
    void anObjectWithOnlyAMessageKeepsTheMessage() {
        wm.stubFor(patch("/v2/sepa/beneficiaries/ben-1").willReturn(aResponse().withStatus(422)
                .withBody("{\"errors\":{\"message\":\"Not found\"},\"trace_id\":\"t-1\"}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.UPDATE_SEPA_BENEFICIARY)
                    .pathParam("id", "ben-1").body("{\"name\":\"Hooli\"}").build()))
                    .isInstanceOfSatisfying(QontoValidationException.class,
                            e -> assertThat(e.errors()).extracting(QontoError::detail).containsExactly("Not found"));
        }
    }

    @Test
    void anIbanQuotedByQontoIsMaskedInTheMessageAndKeptInTheErrors() {
        String spaced = "DE89 3704 0044 0532 0130 00";
        wm.stubFor(post("/v2/sepa/beneficiaries").willReturn(aResponse().withStatus(422)
                .withBody("{\"errors\":[{\"code\":\"invalid_iban\",\"detail\":\"" + TestClients.IBAN
                        + " is not a valid IBAN\"},{\"code\":\"invalid_iban\",\"detail\":\"Unknown bank for "
                        + spaced + "\"}]}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY)
                    .body("{\"name\":\"Hooli\"}").idempotencyKey("k-iban").build()))
                    .isInstanceOfSatisfying(QontoValidationException.class, e -> {
                        assertThat(e.getMessage()).contains("invalid_iban (FR76*******************0189 is not a valid",
                                "Unknown bank for DE89**************3000")
                                .doesNotContain(TestClients.IBAN, spaced, TestClients.OTHER_IBAN);
                        assertThat(e.errors()).extracting(QontoError::detail).containsExactly(
                                TestClients.IBAN + " is not a valid IBAN", "Unknown bank for " + spaced);
                    });
        }
    }

    @Test
    void aMissingScopeIsRecognised() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(aResponse().withStatus(403)
                .withBody("{\"errors\":[{\"code\":\"forbidden\",\"detail\":\"Missing required OAuth scope: organization.read\"}]}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-1")))
                    .isInstanceOfSatisfying(QontoPermissionException.class, e -> {
                        assertThat(e.isMissingScope()).isTrue();
                        assertThat(e.getMessage()).contains("organization.read");
                    });
        }
    }

    @Test
    void conflictsAndExpiredPreconditions() {
        wm.stubFor(get("/v2/sepa/transfers/tr-409").willReturn(aResponse().withStatus(409)
                .withBody("{\"errors\":[{\"code\":\"conflict\",\"detail\":\"Already processed\"}]}")));
        wm.stubFor(get("/v2/sepa/transfers/tr-412").willReturn(aResponse().withStatus(412)
                .withBody("{\"errors\":[{\"code\":\"precondition_failed\"}]}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-409")))
                    .isInstanceOfSatisfying(QontoConflictException.class, e -> assertThat(e.status()).isEqualTo(409));
            assertThatThrownBy(() -> client.execute(getTransfer("tr-412")))
                    .isInstanceOfSatisfying(QontoConflictException.class, e -> assertThat(e.status()).isEqualTo(412));
        }
    }

    @Test
    void aPaymentPolicyRefusalIsAValidationErrorWithItsCode() {
        wm.stubFor(post("/v2/sepa/beneficiaries").willReturn(aResponse().withStatus(400)
                .withBody("{\"errors\":[{\"code\":\"payment_policy_approval_required\",\"detail\":\"Needs approval\"}]}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY)
                    .body("{\"name\":\"Hooli\"}").idempotencyKey("k-1").build()))
                    .isInstanceOfSatisfying(QontoValidationException.class,
                            e -> assertThat(e.codes()).containsExactly("payment_policy_approval_required"));
        }
    }

    @Test
    void anHtmlPageInsteadOfJsonMeansTheStagingTokenIsMissing() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html><title>OneLogin</title></html>")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-1")))
                    .isInstanceOf(QontoStagingTokenException.class)
                    .hasMessageContaining("staging token missing or invalid");
        }
    }

    @Test
    void htmlWithoutContentTypeIsRecognisedByItsFirstCharacter() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(aResponse().withStatus(200)
                .withBody("  <html><body>Sign in</body></html>")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-1"))).isInstanceOf(QontoStagingTokenException.class);
        }
    }

    @Test
    void aRedirectToTheSingleSignOnMeansTheStagingTokenIsMissing() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://qonto.onelogin.com/login")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-1")))
                    .isInstanceOfSatisfying(QontoStagingTokenException.class, e -> assertThat(e.status()).isEqualTo(302));
        }
    }

    @Test
    void anotherRedirectIsNotFollowed() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/v3/sepa/transfers/tr-1")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransfer("tr-1")))
                    .isExactlyInstanceOf(QontoException.class)
                    .hasMessageContaining("Unexpected redirect");
        }
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aProxyErrorPageIsAServerErrorNotAStagingProblem() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><h1>502 Bad Gateway</h1></html>")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.CANCEL_SEPA_TRANSFER)
                    .pathParam("id", "tr-1").build()))
                    .isInstanceOfSatisfying(QontoServerException.class, e -> {
                        assertThat(e.status()).isEqualTo(502);
                        assertThat(e.errors()).isEmpty();
                    });
        }
    }
}
