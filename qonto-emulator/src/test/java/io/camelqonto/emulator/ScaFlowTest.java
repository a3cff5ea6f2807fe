package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScaFlowTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final EmulatorClock CLOCK = EmulatorClock.at(START);

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.clock(CLOCK))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);
    private final Map<String, Object> untrusted = Fixtures.beneficiary(emulator, false);
    private String vopToken;

    @BeforeEach
    void setUp() {
        CLOCK.set(START);
        vopToken = Fixtures.vopToken(oauth, (String) untrusted.get("iban"));
    }

    @Test
    void challengesThenAcceptsTheApprovedReplayOnce() {
        String key = Fixtures.idempotencyKey();
        int transfersBefore = emulator.store().sepaTransfers().size();

        Http.Reply challenge = send("75.00", key, null);

        assertThat(challenge.status()).isEqualTo(428);
        JsonNode body = challenge.json();
        assertThat(body.get("code").asText()).isEqualTo("sca_required");
        assertThat(body.get("message").asText()).isEqualTo("SCA required");
        assertThat(body.get("action_type").asText()).isEqualTo("transfer.single.create");
        assertThat(body.get("sca_recovery_token").asText()).isNotBlank();
        assertThat(body.get("trace_id").asText()).isEqualTo(challenge.header("X-Tyk-Trace-Id"));
        String token = body.get("sca_session_token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{64}");

        JsonNode waiting = oauth.get("/v2/sca_sessions/" + token).json();
        assertThat(waiting.get("result").asText()).isEqualTo("waiting");
        assertThat(waiting.get("canceled_at").isNull()).isTrue();
        assertThat(send("75.00", key, token).json().get("sca_session_token").asText())
                .as("a replay while waiting is challenged with the same session").isEqualTo(token);

        Http.Reply allowed = oauth.post("/v2/mocked_sca_sessions/" + token + "/allow", null);
        assertThat(allowed.json().get("message").asText()).isEqualTo("Success");
        assertThat(oauth.get("/v2/mocked_sca_sessions/" + token).json().get("result").asText()).isEqualTo("allow");

        Http.Reply replay = send("75.00", key, token);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().at("/transfer/amount_cents").asLong()).isEqualTo(7500);
        assertThat(emulator.store().sepaTransfers()).hasSize(transfersBefore + 1);
        assertThat(emulator.sca().sessions()).singleElement()
                .satisfies(session -> assertThat(session.consumed()).isTrue());
    }

    @Test
    void refusesAReplayThatDiffersFromTheChallengedCall() {
        String token = challengedAndAllowed("75.00");

        Http.Reply tampered = send("7500.00", Fixtures.idempotencyKey(), token);

        assertThat(tampered.status()).isEqualTo(422);
        assertThat(tampered.json().at("/errors/message").asText()).isEqualTo("Not found");
        assertThat(tampered.json().get("trace_id").asText()).isNotBlank();
    }

    @Test
    void acceptsASessionOnlyOnce() {
        String token = challengedAndAllowed("75.00");
        assertThat(send("75.00", Fixtures.idempotencyKey(), token).status()).isEqualTo(200);

        Http.Reply reused = send("75.00", Fixtures.idempotencyKey(), token);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().at("/errors/message").asText()).isEqualTo("Not found");
    }

    @Test
    void refusesDeniedAndExpiredSessions() {
        String denied = send("75.00", Fixtures.idempotencyKey(), null).json().get("sca_session_token").asText();
        emulator.sca().deny(denied);
        String expired = challengedAndAllowed("80.00");
        CLOCK.advance(Duration.ofMinutes(15));

        Http.Reply afterDeny = send("75.00", Fixtures.idempotencyKey(), denied);
        Http.Reply afterExpiry = send("80.00", Fixtures.idempotencyKey(), expired);

        for (Http.Reply reply : new Http.Reply[] {afterDeny, afterExpiry}) {
            assertThat(reply.status()).isEqualTo(412);
            assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("sca_session_invalid");
        }
        assertThat(oauth.get("/v2/sca_sessions/" + expired).json().get("result").asText()).isEqualTo("deny");
    }

    @Test
    void decidesAutomaticallyAfterTheConfiguredPolls() {
        emulator.sca().autoDecision(ScaDecision.ALLOW, 2);
        String token = send("75.00", Fixtures.idempotencyKey(), null).json().get("sca_session_token").asText();

        assertThat(oauth.get("/v2/sca_sessions/" + token).json().get("result").asText()).isEqualTo("waiting");
        assertThat(oauth.get("/v2/sca_sessions/" + token).json().get("result").asText()).isEqualTo("allow");
        assertThat(emulator.sca().sessions()).singleElement()
                .satisfies(session -> assertThat(session.polls()).isEqualTo(2));
    }

    @Test
    void answersAnAlreadyAnsweredIdempotencyKeyBeforeAskingForSca() {
        String key = Fixtures.idempotencyKey();
        String token = send("75.00", key, null).json().get("sca_session_token").asText();
        emulator.sca().allow(token);
        Http.Reply done = send("75.00", key, token);

        Http.Reply retried = send("75.00", key, null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(done.body());
    }

    @Test
    void skipsScaWhenTurnedOff() {
        emulator.sca().required(false);

        assertThat(send("75.00", Fixtures.idempotencyKey(), null).status()).isEqualTo(200);
    }

    @Test
    void asksForScaToApproveARequestAndToUpdateABeneficiary() {
        String requestId = emulator.store().addRequest(Map.of("request_type", "flash_card"));

        Http.Reply approve = oauth.post("/v2/requests/flash_cards/" + requestId + "/approve", null,
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        Http.Reply update = oauth.patch("/v2/sepa/beneficiaries/" + untrusted.get("id"),
                "{\"beneficiary\":{\"email\":\"new@example.com\"}}");

        assertThat(approve.status()).isEqualTo(428);
        assertThat(approve.json().get("action_type").asText()).isEqualTo("request.approve");
        assertThat(update.status()).isEqualTo(428);
        assertThat(update.json().get("action_type").asText()).isEqualTo("beneficiary.update");
    }

    @Test
    void reportsUnknownSessions() {
        assertThat(oauth.get("/v2/sca_sessions/unknown").status()).isEqualTo(404);
        assertThat(oauth.post("/v2/mocked_sca_sessions/unknown/allow", null).status()).isEqualTo(404);
    }

    private String challengedAndAllowed(String amount) {
        String token = send(amount, Fixtures.idempotencyKey(), null).json().get("sca_session_token").asText();
        emulator.sca().allow(token);
        return token;
    }

    private Http.Reply send(String amount, String idempotencyKey, String scaToken) {
        String body = Fixtures.transferTo(Fixtures.mainAccountId(emulator), (String) untrusted.get("id"), amount,
                vopToken);
        return scaToken == null
                ? oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", idempotencyKey)
                : oauth.post("/v2/sepa/transfers", body, "X-Qonto-Idempotency-Key", idempotencyKey,
                        "X-Qonto-Sca-Session-Token", scaToken);
    }
}
