package io.camelqonto.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelqonto.client.auth.AuthorizationRequest;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.model.Organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Qonto's OAuth login against the emulator's authorization server: the consent URL with PKCE, the redirect's code
 * exchanged for the first tokens, which land in the token store, and the redirects that must not be exchanged.
 */
class OAuthLoginTest {

    private static final String REDIRECT = "https://partner.example.com/qonto/callback";
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private QontoEmulator emulator;
    private InMemoryTokenStore store;
    private QontoClient client;

    @BeforeEach
    void start() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
        store = new InMemoryTokenStore(null);
        client = QontoClient.create(QontoClientConfig.builder().baseUrl(emulator.baseUrl())
                .tokenUrl(emulator.oauthTokenUrl())
                .credentials(new OAuthCredentials(emulator.oauthClientId(), emulator.oauthClientSecret(), store, null))
                .build());
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    @Test
    void theConsentUrlCarriesTheScopesAStateAndTheS256ChallengeOfItsVerifier() throws Exception {
        AuthorizationRequest request = login();

        Map<String, String> query = query(request.url());

        assertThat(request.url().toString()).startsWith(emulator.oauthAuthorizeUrl() + "?")
                .contains("scope=organization.read%20offline_access");
        assertThat(query).containsEntry("client_id", emulator.oauthClientId()).containsEntry("redirect_uri", REDIRECT)
                .containsEntry("response_type", "code").containsEntry("state", request.state())
                .containsEntry("code_challenge_method", "S256");
        assertThat(request.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(query.get("code_challenge")).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(request.codeVerifier().getBytes(StandardCharsets.US_ASCII))));
        assertThat(query).doesNotContainValue(request.codeVerifier());
        assertThat(login().state()).isNotEqualTo(request.state());
        assertThat(request.toString()).doesNotContain(request.state()).doesNotContain(request.codeVerifier());
    }

    @Test
    void theRedirectsCodeBecomesTheFirstTokensSavedToTheStore() throws Exception {
        AuthorizationRequest request = login();

        OAuthTokens tokens = client.completeAuthorization(request, consent(request));

        assertThat(store.load()).contains(tokens);
        assertThat(tokens.refreshToken()).isNotNull();
        assertThat(client.call(QontoCall.of(QontoOperation.GET_ORGANIZATION).build(), Organization.class).slug())
                .isNotBlank();
        assertThat(emulator.journal().matching("POST", "/oauth2/token").get(0).body())
                .contains("grant_type=authorization_code").contains("code_verifier=");
    }

    @Test
    void aRedirectThatDoesNotAnswerThisLoginIsNeverExchanged() throws Exception {
        AuthorizationRequest request = login();
        URI redirect = consent(request);
        URI forged = URI.create(redirect.toString().replace("state=", "state=x"));

        assertThatThrownBy(() -> client.completeAuthorization(request, forged))
                .isInstanceOf(QontoOAuthException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> client.completeAuthorization(request, URI.create(REDIRECT
                + "?error=access_denied&error_description=The+user+refused&state=" + request.state())))
                .isInstanceOf(QontoOAuthException.class)
                .satisfies(e -> assertThat(((QontoOAuthException) e).oauthError()).isEqualTo("access_denied"));

        assertThat(emulator.journal().matching("POST", "/oauth2/token")).isEmpty();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aCodeTakenByAnotherLoginIsUselessWithoutItsVerifier() throws Exception {
        AuthorizationRequest victim = login();
        AuthorizationRequest attacker = login();
        String stolenCode = query(consent(victim)).get("code");

        assertThatThrownBy(() -> client.completeAuthorization(attacker, stolenCode, attacker.state()))
                .isInstanceOf(QontoOAuthException.class)
                .satisfies(e -> assertThat(((QontoOAuthException) e).oauthError()).isEqualTo("invalid_grant"));
        assertThat(store.load()).isEmpty();
    }

    private AuthorizationRequest login() {
        return AuthorizationRequest.builder(emulator.oauthAuthorizeUrl(), emulator.oauthClientId(), REDIRECT)
                .scopes("organization.read", "offline_access").build();
    }

    /** What the user's browser does: opens the consent URL and is redirected back with a code. */
    private static URI consent(AuthorizationRequest request) throws IOException, InterruptedException {
        HttpResponse<Void> answer = BROWSER.send(HttpRequest.newBuilder(request.url()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
