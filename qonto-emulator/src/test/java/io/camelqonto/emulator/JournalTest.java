package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();

    @Test
    void recordsEachCallWithItsHeadersBodyAndStatus() {
        Http.oauth(emulator).post("/v2/sepa/verify_payee", "{\"iban\":\"x\",\"beneficiary_name\":\"y\"}",
                "X-Qonto-Idempotency-Key", "key-1");

        RecordedRequest recorded = emulator.journal().matching("post", "/v2/sepa").get(0);

        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v2/sepa/verify_payee");
        assertThat(recorded.query()).isNull();
        assertThat(recorded.headers()).containsKey("x-qonto-idempotency-key");
        assertThat(recorded.header("X-Qonto-Idempotency-Key")).contains("key-1");
        assertThat(recorded.body()).contains("beneficiary_name");
        assertThat(recorded.status()).isEqualTo(422);
        assertThat(recorded.receivedAt()).isNotNull();
    }

    @Test
    void filtersByMethodAndPathPrefix() {
        Http http = Http.apiKey(emulator);
        http.get("/v2/organization");
        http.get("/v2/bank_accounts");
        http.get("/v2/bank_accounts");

        assertThat(emulator.journal().count()).isEqualTo(3);
        assertThat(emulator.journal().matching("GET", "/v2/bank_accounts")).hasSize(2);
        assertThat(emulator.journal().matching(null, "/v2/org")).hasSize(1);
        assertThat(emulator.journal().matching("POST", "/v2")).isEmpty();
    }

    @Test
    void keepsCredentialsOutOfItsStringForm() {
        Http.apiKey(emulator).get("/v2/organization");

        RecordedRequest recorded = emulator.journal().all().get(0);

        assertThat(recorded.header("Authorization")).contains(emulator.apiKeyAuthorization());
        assertThat(recorded.toString()).contains("authorization=[hidden]")
                .doesNotContain(emulator.apiKeySecret());
    }

    @Test
    void keepsTheCredentialsOfOAuthFormsOutOfItsStringForm() {
        String refreshToken = emulator.oauth().issueTokens(Set.of("organization.read", "offline_access"))
                .refreshToken();
        Http.anonymous(emulator).form("/oauth2/token", "grant_type=refresh_token&refresh_token=" + refreshToken
                + "&client_id=demo-client&client_secret=" + emulator.oauthClientSecret());

        RecordedRequest recorded = emulator.journal().matching("POST", "/oauth2/token").get(0);

        assertThat(recorded.body()).contains(refreshToken);
        assertThat(recorded.toString()).contains("grant_type=refresh_token", "client_id=demo-client",
                        "refresh_token=[hidden]", "client_secret=[hidden]")
                .doesNotContain(refreshToken).doesNotContain(emulator.oauthClientSecret());
    }
}
