package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthServerTest {

    private static final EmulatorClock CLOCK = EmulatorClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    private static final String REDIRECT_URI = "http://localhost:9999/callback";

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.clock(CLOCK))
            .build();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.anonymous(emulator);

    @BeforeEach
    void resetClock() {
        CLOCK.set(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void exchangesTheCodeOfTheConsentRedirectForTokens() {
        Http.Reply redirect = http.get("/oauth2/auth?client_id=demo-client&response_type=code&state=xyz"
                + "&scope=organization.read%20offline_access&redirect_uri=" + REDIRECT_URI);
        assertThat(redirect.status()).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        Map<String, String> params = query(location);
        assertThat(location.toString()).startsWith(REDIRECT_URI + "?");
        assertThat(params).containsEntry("state", "xyz");

        Http.Reply tokens = http.form("/oauth2/token", "grant_type=authorization_code&code=" + params.get("code")
                + "&redirect_uri=" + REDIRECT_URI + "&client_id=demo-client&client_secret=demo-client-secret");

        assertThat(tokens.status()).isEqualTo(200);
        JsonNode body = tokens.json();
        assertThat(body.get("access_token").asText()).startsWith("ory_at_");
        assertThat(body.get("refresh_token").asText()).startsWith("ory_rt_");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("scope").asText().split(" ")).containsExactlyInAnyOrder("organization.read", "offline_access");
        assertThat(Http.bearer(emulator, body.get("access_token").asText()).get("/v2/organization").status())
                .isEqualTo(200);
    }

    @Test
    void acceptsACodeOnlyOnce() {
        String code = emulator.oauth().issueAuthorizationCode(Set.of("organization.read"), REDIRECT_URI);
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT_URI
                + "&client_id=demo-client&client_secret=demo-client-secret";

        Http.Reply first = http.form("/oauth2/token", form);
        Http.Reply second = http.form("/oauth2/token", form);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().has("refresh_token")).as("no offline_access, no refresh token").isFalse();
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refusesACodeOlderThanTenMinutes() {
        String code = emulator.oauth().issueAuthorizationCode(Set.of("organization.read"), REDIRECT_URI);
        CLOCK.advance(Duration.ofMinutes(10));

        Http.Reply reply = http.form("/oauth2/token", "grant_type=authorization_code&code=" + code
                + "&redirect_uri=" + REDIRECT_URI + "&client_id=demo-client&client_secret=demo-client-secret");

        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void rotatesRefreshTokensWithAGracePeriodOfSixtySeconds() {
        String original = emulator.oauth().issueTokens(Http.ALL_SCOPES).refreshToken();

        JsonNode rotated = refresh(original).json();
        assertThat(rotated.get("refresh_token").asText()).isNotEqualTo(original);

        CLOCK.advance(Duration.ofSeconds(59));
        Http.Reply duringGrace = refresh(original);
        assertThat(duringGrace.status()).isEqualTo(200);
        assertThat(duringGrace.json().get("refresh_token").asText())
                .isNotEqualTo(original).isNotEqualTo(rotated.get("refresh_token").asText());

        CLOCK.advance(Duration.ofSeconds(1));
        Http.Reply afterGrace = refresh(original);
        assertThat(afterGrace.status()).isEqualTo(400);
        assertThat(afterGrace.json().get("error").asText()).isEqualTo("invalid_grant");

        Http.Reply withNewToken = refresh(rotated.get("refresh_token").asText());
        assertThat(withNewToken.status()).isEqualTo(200);
        assertThat(Http.bearer(emulator, withNewToken.json().get("access_token").asText())
                .get("/v2/bank_accounts").status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownAndNinetyDayOldRefreshTokens() {
        String refreshToken = emulator.oauth().issueTokens(Http.ALL_SCOPES).refreshToken();
        CLOCK.advance(Duration.ofDays(90));

        assertThat(refresh(refreshToken).json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(refresh("ory_rt_unknown").json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void expiresAccessTokensAfterAnHour() {
        String accessToken = emulator.oauth().issueTokens(Set.of("organization.read")).accessToken();
        CLOCK.advance(Duration.ofMinutes(59));
        assertThat(Http.bearer(emulator, accessToken).get("/v2/organization").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(1));
        Http.Reply expired = Http.bearer(emulator, accessToken).get("/v2/organization");

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().at("/errors/0/detail").asText()).isEqualTo("token expired");
    }

    @Test
    void authenticatesClientsByTheFormBodyOnly() {
        String refreshToken = emulator.oauth().issueTokens(Http.ALL_SCOPES).refreshToken();

        Http.Reply basicOnly = http.form("/oauth2/token", "grant_type=refresh_token&refresh_token=" + refreshToken,
                "Authorization", "Basic ZGVtby1jbGllbnQ6ZGVtby1jbGllbnQtc2VjcmV0");
        Http.Reply wrongSecret = http.form("/oauth2/token", "grant_type=refresh_token&refresh_token=" + refreshToken
                + "&client_id=demo-client&client_secret=nope");

        for (Http.Reply reply : new Http.Reply[] {basicOnly, wrongSecret}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_client");
            assertThat(reply.json().get("error_description").asText()).isEqualTo("Client authentication failed");
        }
        assertThat(refresh(refreshToken).status()).as("the refused calls did not use the token up").isEqualTo(200);
    }

    @Test
    void revokesRefreshTokens() {
        String refreshToken = emulator.oauth().issueTokens(Http.ALL_SCOPES).refreshToken();

        Http.Reply revoked = http.form("/oauth2/revoke",
                "token=" + refreshToken + "&client_id=demo-client&client_secret=demo-client-secret");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(refresh(refreshToken).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void revokingTheConsentEndsEveryTokenOfTheApp() {
        var tokens = emulator.oauth().issueTokens(Http.ALL_SCOPES);

        assertThat(Http.bearer(emulator, tokens.accessToken()).delete("/v2/oauth2/consents").status()).isEqualTo(204);

        assertThat(Http.bearer(emulator, tokens.accessToken()).get("/v2/organization").status()).isEqualTo(401);
        assertThat(refresh(tokens.refreshToken()).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refusesUnsupportedGrantTypes() {
        Http.Reply reply = http.form("/oauth2/token",
                "grant_type=client_credentials&client_id=demo-client&client_secret=demo-client-secret");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    private Http.Reply refresh(String refreshToken) {
        return http.form("/oauth2/token", "grant_type=refresh_token&refresh_token=" + refreshToken
                + "&client_id=demo-client&client_secret=demo-client-secret");
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
