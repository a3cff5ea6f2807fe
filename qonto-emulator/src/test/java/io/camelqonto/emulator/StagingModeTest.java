package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StagingModeTest {

    private static final String STAGING_TOKEN = "staging-s3cr3t";

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.stagingToken(STAGING_TOKEN))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();

    @Test
    void answersTheSignOnPageWithoutTheStagingToken() {
        Http.Reply reply = Http.apiKey(emulator).get("/v2/organization");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("<html").contains("OneLogin");
    }

    @Test
    void answersTheSignOnPageForAWrongStagingToken() {
        Http.Reply reply = Http.apiKey(emulator).with("X-Qonto-Staging-Token", "other").get("/v2/organization");

        assertThat(reply.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void servesTheApiWithTheStagingToken() {
        Http.Reply reply = Http.apiKey(emulator).with("X-Qonto-Staging-Token", STAGING_TOKEN).get("/v2/organization");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/organization/id").asText()).isNotBlank();
    }

    @Test
    void keepsStatementFilesBehindTheSignOnWallToo() {
        Http staging = Http.apiKey(emulator).with("X-Qonto-Staging-Token", STAGING_TOKEN);
        URI url = URI.create(staging.get("/v2/statements").json().at("/statements/0/file/file_url").asText());
        String file = url.getRawPath() + "?" + url.getRawQuery();

        Http.Reply withoutToken = Http.anonymous(emulator).get(file);
        Http.Reply withToken = Http.anonymous(emulator).with("X-Qonto-Staging-Token", STAGING_TOKEN).get(file);

        assertThat(withoutToken.header("Content-Type")).startsWith("text/html");
        assertThat(withToken.header("Content-Type")).isEqualTo("application/pdf");
    }

    @Test
    void guardsTheTokenEndpointToo() {
        String refreshToken = emulator.oauth().issueTokens(Http.ALL_SCOPES).refreshToken();
        String form = "grant_type=refresh_token&refresh_token=" + refreshToken
                + "&client_id=demo-client&client_secret=demo-client-secret";

        Http.Reply withoutToken = Http.anonymous(emulator).form("/oauth2/token", form);
        Http.Reply withToken = Http.anonymous(emulator).form("/oauth2/token", form,
                "X-Qonto-Staging-Token", STAGING_TOKEN);

        assertThat(withoutToken.header("Content-Type")).startsWith("text/html");
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.json().get("access_token").asText()).startsWith("ory_at_");
    }

    @Test
    void refusesSensitiveCallsWithoutTheMockedScaMethod() {
        Http oauth = Http.oauth(emulator).with("X-Qonto-Staging-Token", STAGING_TOKEN);
        Map<String, Object> beneficiary = Fixtures.beneficiary(emulator, false);
        String body = Fixtures.transferTo(Fixtures.mainAccountId(emulator), (String) beneficiary.get("id"), "12.00",
                Fixtures.vopToken(oauth, (String) beneficiary.get("iban")));

        Http.Reply notEnrolled = oauth.post("/v2/sepa/transfers", body,
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey());
        Http.Reply challenged = oauth.post("/v2/sepa/transfers", body,
                "X-Qonto-Idempotency-Key", Fixtures.idempotencyKey(), "X-Qonto-2fa-Preference", "mock");

        assertThat(notEnrolled.status()).isEqualTo(428);
        assertThat(notEnrolled.json().get("code").asText()).isEqualTo("sca_not_enrolled");
        assertThat(notEnrolled.json().get("message").asText()).isEqualTo("You must enable SCA to perform this action");
        assertThat(notEnrolled.json().has("sca_session_token")).isFalse();
        assertThat(challenged.status()).isEqualTo(428);
        assertThat(challenged.json().get("code").asText()).isEqualTo("sca_required");
    }
}
