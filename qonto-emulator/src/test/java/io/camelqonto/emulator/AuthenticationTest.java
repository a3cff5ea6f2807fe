package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();

    @Test
    void acceptsTheRawApiKeyHeader() {
        Http.Reply reply = Http.apiKey(emulator).get("/v2/organization");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/organization/name").asText()).isEqualTo("Pied Piper Demo");
    }

    @Test
    void acceptsABearerToken() {
        String token = emulator.oauth().issueTokens(Set.of("organization.read")).accessToken();

        assertThat(Http.bearer(emulator, token).get("/v2/bank_accounts").status()).isEqualTo(200);
    }

    @Test
    void refusesACallWithoutAuthorizationHeader() {
        Http.Reply reply = Http.anonymous(emulator).get("/v2/organization");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("authorization_header_missing");
        assertThat(reply.json().get("trace_id").asText()).isNotBlank().isEqualTo(reply.header("X-Tyk-Trace-Id"));
    }

    @Test
    void refusesAWrongApiKeyAndHttpBasic() {
        Http wrongSecret = Http.anonymous(emulator).with("Authorization", "demo-org:wrong");
        Http basic = Http.anonymous(emulator).with("Authorization", "Basic ZGVtby1vcmc6ZGVtby1zZWNyZXQta2V5");

        for (Http client : new Http[] {wrongSecret, basic}) {
            Http.Reply reply = client.get("/v2/organization");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("authorization_token_invalid");
        }
    }

    @Test
    void refusesAnExpiredAccessToken() {
        String token = emulator.oauth().issueTokens(Set.of("organization.read")).accessToken();
        emulator.oauth().expireAccessTokens();

        Http.Reply reply = Http.bearer(emulator, token).get("/v2/organization");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("authorization_token_invalid");
        assertThat(reply.json().at("/errors/0/detail").asText()).isEqualTo("token expired");
    }

    @Test
    void keepsWritesToOAuthApps() {
        Http.Reply reply = Http.apiKey(emulator).post("/v2/sepa/verify_payee",
                "{\"iban\":\"FR7630006000011234567890189\",\"beneficiary_name\":\"Jane\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("unauthorized");
        assertThat(reply.json().at("/errors/0/detail").asText()).isEqualTo("OAuth2 authentication is required here");
    }

    @Test
    void refusesATokenWithoutTheScope() {
        String token = emulator.oauth().issueTokens(Set.of("organization.read")).accessToken();

        Http.Reply reply = Http.bearer(emulator, token).post("/v2/sepa/verify_payee",
                "{\"iban\":\"FR7630006000011234567890189\",\"beneficiary_name\":\"Jane\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("forbidden");
        assertThat(reply.json().at("/errors/0/detail").asText())
                .isEqualTo("missing required oauth scope: payment.write");
    }

    @Test
    void throttlesAnAddressAfterTwoHundredUnauthorizedResponses() {
        Http wrong = Http.anonymous(emulator).with("Authorization", "demo-org:wrong");
        for (int i = 0; i < 201; i++) {
            assertThat(wrong.get("/v2/organization").status()).isEqualTo(401);
        }

        Http.Reply throttled = Http.apiKey(emulator).get("/v2/organization");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().at("/errors/0/code").asText()).isEqualTo("too_many_requests");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
    }

    @Test
    void countsRefusedApiKeysOnOAuthOnlyCallsTowardsTheThrottle() {
        Http apiKey = Http.apiKey(emulator);
        for (int i = 0; i < 201; i++) {
            assertThat(apiKey.post("/v2/sepa/verify_payee", "{}").status()).isEqualTo(401);
        }

        assertThat(apiKey.get("/v2/organization").status()).isEqualTo(429);
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        Http.Reply reply = Http.apiKey(emulator).get("/v2/organizations");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo("not_found");
    }
}
