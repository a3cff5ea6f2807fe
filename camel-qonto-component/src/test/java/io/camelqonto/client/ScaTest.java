package io.camelqonto.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.client.error.QontoNotFoundException;
import io.camelqonto.client.error.QontoScaDeniedException;
import io.camelqonto.client.error.QontoScaNotEnrolledException;
import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.model.SepaTransfer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String TOKEN = "sca-tok-5b7e";
    private static final String TRANSFERS = "/v2/sepa/transfers";
    private static final String SESSION = "/v2/sca_sessions/" + TOKEN;
    private static final String SCA_REQUIRED = "{\"code\":\"sca_required\",\"message\":\"SCA required\","
            + "\"action_type\":\"transfer.single.create\",\"sca_session_token\":\"" + TOKEN + "\",\"trace_id\":\"t-428\"}";
    private static final String CREATED = "{\"transfer\":{\"id\":\"tr-1\",\"status\":\"pending\"}}";

    private static QontoCall createTransfer() {
        return QontoCall.of(QontoOperation.CREATE_SEPA_TRANSFER)
                .body(Map.of("bank_account_id", "acc-1", "beneficiary_id", "ben-1", "amount", "12.50", "reference", "Invoice 42"))
                .topLevelField("vop_proof_token", "vop-1")
                .idempotencyKey("transfer-key-1")
                .build();
    }

    /** The first attempt (no session token) is challenged; the replay with the token succeeds. */
    private static void challengeThenAccept() {
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Sca-Session-Token", absent())
                .willReturn(aResponse().withStatus(428).withHeader("Content-Type", "application/json").withBody(SCA_REQUIRED)));
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Sca-Session-Token", equalTo(TOKEN)).willReturn(okJson(CREATED)));
    }

    private static QontoClientConfig.Builder config(ScaMode mode) {
        return TestClients.apiKey(wm).scaMode(mode).scaPollInterval(Duration.ofSeconds(1));
    }

    private static List<LoggedRequest> transferRequests() {
        return wm.findAll(postRequestedFor(urlEqualTo(TRANSFERS)));
    }

    /** Requests in the order the server received them (WireMock lists the newest first). */
    private static List<String> timeline() {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        Collections.reverse(events);
        return events.stream()
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()
                        + (e.getRequest().containsHeader("X-Qonto-Sca-Session-Token") ? " +sca" : ""))
                .toList();
    }

    @Test
    void failModeGivesTheChallengeBackToResumeLater() {
        challengeThenAccept();

        try (QontoClient client = QontoClient.create(config(ScaMode.FAIL).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaRequiredException.class, e -> {
                        assertThat(e.status()).isEqualTo(428);
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                        assertThat(e.actionType()).isEqualTo("transfer.single.create");
                        assertThat(e.idempotencyKey()).isEqualTo("transfer-key-1");
                        assertThat(e.traceId()).isEqualTo("t-428");
                        assertThat(e.codes()).containsExactly("sca_required");
                    });
        }
        assertThat(transferRequests()).hasSize(1);
    }

    @Test
    void aResumedCallCarriesItsSessionTokenFromTheFirstAttempt() {
        challengeThenAccept();

        try (QontoClient client = QontoClient.create(config(ScaMode.FAIL).build())) {
            SepaTransfer transfer = client.call(createTransfer().withScaSessionToken(TOKEN), SepaTransfer.class);
            assertThat(transfer.id()).isEqualTo("tr-1");
        }
        assertThat(transferRequests()).singleElement()
                .satisfies(r -> assertThat(r.getHeader("X-Qonto-Sca-Session-Token")).isEqualTo(TOKEN));
    }

    @Test
    void notEnrolledIsAConfigurationErrorInBothShapes() {
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Idempotency-Key", equalTo("flat")).willReturn(aResponse()
                .withStatus(428).withBody("{\"code\":\"sca_not_enrolled\",\"message\":\"You must enable SCA\",\"trace_id\":\"t-1\"}")));
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Idempotency-Key", equalTo("jsonapi")).willReturn(aResponse()
                .withStatus(428).withBody("{\"errors\":[{\"code\":\"sca_not_enrolled\",\"detail\":\"You must enable SCA\"}]}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).build())) {
            for (String key : List.of("flat", "jsonapi")) {
                assertThatThrownBy(() -> client.execute(createTransfer().toBuilder().idempotencyKey(key).build()))
                        .isInstanceOfSatisfying(QontoScaNotEnrolledException.class, e -> {
                            assertThat(e.status()).isEqualTo(428);
                            assertThat(e.codes()).containsExactly("sca_not_enrolled");
                        });
            }
        }
        assertThat(transferRequests()).hasSize(2);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo(SESSION)))).isEmpty();
    }

    @Test
    void waitModePollsUntilAllowedThenReplaysTheIdenticalCall() {
        challengeThenAccept();
        wm.stubFor(get(SESSION).inScenario("decision").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("decided")
                .willReturn(okJson("{\"result\":\"waiting\",\"canceled_at\":null}")));
        wm.stubFor(get(SESSION).inScenario("decision").whenScenarioStateIs("decided")
                .willReturn(okJson("{\"result\":\"allow\",\"canceled_at\":null}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).twoFactorPreference("paired-device").build())) {
            assertThat(client.call(createTransfer(), SepaTransfer.class).id()).isEqualTo("tr-1");
        }

        assertThat(timeline()).containsExactly("POST " + TRANSFERS, "GET " + SESSION, "GET " + SESSION,
                "POST " + TRANSFERS + " +sca");
        List<LoggedRequest> attempts = transferRequests();
        LoggedRequest first = attempts.get(0);
        LoggedRequest replay = attempts.get(1);
        assertThat(replay.getBodyAsString()).isEqualTo(first.getBodyAsString()).contains("\"vop_proof_token\":\"vop-1\"");
        for (String header : List.of("X-Qonto-Idempotency-Key", "X-Qonto-2fa-Preference", "Authorization")) {
            assertThat(replay.getHeader(header)).as(header).isEqualTo(first.getHeader(header)).isNotNull();
        }
        assertThat(first.getHeader("X-Qonto-2fa-Preference")).isEqualTo("paired-device");
        assertThat(replay.getHeader("X-Qonto-Sca-Session-Token")).isEqualTo(TOKEN);

        List<LoggedRequest> polls = wm.findAll(getRequestedFor(urlEqualTo(SESSION)));
        long between = polls.get(1).getLoggedDate().getTime() - polls.get(0).getLoggedDate().getTime();
        assertThat(between).as("polls at most once per second").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void waitModeEndsOnDenialWithoutReplaying() {
        challengeThenAccept();
        wm.stubFor(get(SESSION).willReturn(okJson("{\"result\":\"deny\",\"canceled_at\":\"2026-01-01T10:00:00Z\"}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaDeniedException.class, e -> {
                        assertThat(e.timedOut()).isFalse();
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                    });
        }
        assertThat(transferRequests()).hasSize(1);
    }

    @Test
    void waitModeGivesUpAfterTheTimeoutKeepingTheToken() {
        challengeThenAccept();
        wm.stubFor(get(SESSION).willReturn(okJson("{\"result\":\"waiting\"}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).scaTimeout(Duration.ofMillis(1500)).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaDeniedException.class, e -> {
                        assertThat(e.timedOut()).isTrue();
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                    });
        }
        assertThat(transferRequests()).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo(SESSION)))).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void anExpiredSessionWhilePollingIsADenial() {
        challengeThenAccept();
        wm.stubFor(get(SESSION).willReturn(aResponse().withStatus(412)
                .withBody("{\"errors\":[{\"code\":\"precondition_failed\",\"detail\":\"SCA session expired\"}]}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaDeniedException.class, e -> {
                        assertThat(e.status()).isEqualTo(412);
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                    });
        }
    }

    @Test
    void aFailingPollHandsTheChallengeBackSoTheCallerCanResume() {
        challengeThenAccept();
        wm.stubFor(get(SESSION).willReturn(aResponse().withStatus(404).withBody("{\"errors\":[{\"code\":\"not_found\"}]}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.WAIT).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaRequiredException.class, e -> {
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                        assertThat(e.idempotencyKey()).isEqualTo("transfer-key-1");
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(QontoNotFoundException.class);
                    });
        }
        assertThat(transferRequests()).hasSize(1);
    }

    @Test
    void mockModeAsksForTheMockMethodApprovesAndReplays() {
        challengeThenAccept();
        wm.stubFor(post("/v2/mocked_sca_sessions/" + TOKEN + "/allow").willReturn(okJson("{\"message\":\"Success\"}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.MOCK).twoFactorPreference("paired-device").build())) {
            assertThat(client.call(createTransfer(), SepaTransfer.class).id()).isEqualTo("tr-1");
        }

        assertThat(timeline()).containsExactly("POST " + TRANSFERS, "POST /v2/mocked_sca_sessions/" + TOKEN + "/allow",
                "POST " + TRANSFERS + " +sca");
        List<LoggedRequest> attempts = transferRequests();
        assertThat(attempts).extracting(r -> r.getHeader("X-Qonto-2fa-Preference")).containsExactly("mock", "mock");
        assertThat(attempts).extracting(r -> r.getHeader("X-Qonto-Idempotency-Key"))
                .containsExactly("transfer-key-1", "transfer-key-1");
        assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString());
    }

    @Test
    void anExpiredSessionOnReplayIsADenial() {
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Sca-Session-Token", absent())
                .willReturn(aResponse().withStatus(428).withBody(SCA_REQUIRED)));
        wm.stubFor(post(TRANSFERS).withHeader("X-Qonto-Sca-Session-Token", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(412).withBody("{\"errors\":[{\"code\":\"sca_session_expired\"}]}")));
        wm.stubFor(post("/v2/mocked_sca_sessions/" + TOKEN + "/allow").willReturn(okJson("{\"message\":\"Success\"}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.MOCK).build())) {
            assertThatThrownBy(() -> client.execute(createTransfer()))
                    .isInstanceOfSatisfying(QontoScaDeniedException.class, e -> {
                        assertThat(e.status()).isEqualTo(412);
                        assertThat(e.scaSessionToken()).isEqualTo(TOKEN);
                        assertThat(e.codes()).containsExactly("sca_session_expired");
                    });
        }
    }

    @Test
    void theTwoFactorPreferenceGoesOnlyOnCallsThatMayNeedSca() {
        wm.stubFor(get("/v2/sepa/transfers/tr-1").willReturn(okJson(CREATED)));

        try (QontoClient client = QontoClient.create(config(ScaMode.MOCK).build())) {
            client.execute(QontoCall.of(QontoOperation.GET_SEPA_TRANSFER).pathParam("id", "tr-1").build());
        }
        assertThat(wm.getAllServeEvents()).singleElement()
                .satisfies(e -> assertThat(e.getRequest().containsHeader("X-Qonto-2fa-Preference")).isFalse());
    }

    @Test
    void scaSessionCanBeInspected() {
        wm.stubFor(get(SESSION).willReturn(okJson("{\"result\":\"waiting\",\"canceled_at\":null}")));

        try (QontoClient client = QontoClient.create(config(ScaMode.FAIL).build())) {
            assertThat(client.scaSession(TOKEN).result()).isEqualTo("waiting");
        }
    }
}
