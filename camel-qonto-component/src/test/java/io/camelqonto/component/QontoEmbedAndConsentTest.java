package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.client.QontoJson;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.model.EmbedAuthLink;
import io.camelqonto.model.EncodedResponse;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Organization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Qonto Embed's auth links and encoded requests, and the revocation of the user's consent, through routes. */
class QontoEmbedAndConsentTest extends QontoTestSupport {

    @Test
    void anAuthLinkSignsTheCustomerInOnceAndIsKeptOutOfLogs() {
        EmbedAuthLink link = template.requestBody("qonto:embedAuthLink", Map.of("postAuthnAction",
                "create_payment_link", "callbackUrl", "https://partner.example.com/qonto/back"), EmbedAuthLink.class);

        assertThat(link.url()).startsWith("https://");
        assertThat(link.callbackUrl()).isEqualTo("https://partner.example.com/qonto/back");
        assertThat(link.expiredAt()).isAfter(Instant.now());
        assertThat(link.usedAt()).isNull();
        assertThat(link.toString()).doesNotContain(link.url());
        assertThat(emulator.store().embedAuthLinks()).singleElement()
                .satisfies(stored -> assertThat(stored).containsEntry("url", link.url()));
        assertThat(apiCalls("POST", "/v1/embed_auth_links").get(0).body())
                .isEqualTo("{\"embed_auth_link\":{\"post_authn_action\":\"create_payment_link\",\"callback_url\":"
                        + "\"https://partner.example.com/qonto/back\"}}");
    }

    @Test
    void anAuthLinkWithoutAUsableCallbackIsNeverAskedFor() {
        assertThatThrownBy(() -> template.requestBody("qonto:embedAuthLink", Map.of("postAuthnAction",
                "create_payment_link", "callbackUrl", "partner.example.com/back")))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("embed_auth_link.callback_url");

        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void anEncodedRequestIsForwardedAndItsEncodedAnswerHandedBack() {
        String request = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"method\":\"GET\",\"path\":\"/v2/organization\"}".getBytes(StandardCharsets.UTF_8));

        EncodedResponse answer = template.requestBody("qonto:encodedRequest", "{\"data\":\"" + request + "\"}",
                EncodedResponse.class);

        JsonNode decoded = decode(answer.data());
        assertThat(decoded.get("status").asInt()).isEqualTo(200);
        assertThat(decoded.at("/body/organization/slug").asText())
                .isEqualTo(emulator.store().organization().get("slug"));
        assertThat(answer.toString()).doesNotContain(answer.data());
    }

    @Test
    void revokingTheConsentEndsEveryTokenOfTheApp() {
        assertThat(template.requestBody("qonto:organization", (Object) null, Organization.class)).isNotNull();

        template.sendBody("qonto:oauthConsent?operation=revoke", null);

        assertThat(apiCalls("DELETE", "/v2/oauth2/consents")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(204));
        assertThatThrownBy(() -> template.requestBody("qonto:organization", (Object) null))
                .rootCause().isInstanceOf(QontoOAuthException.class)
                .satisfies(e -> assertThat(((QontoOAuthException) e).oauthError()).isEqualTo("invalid_grant"));
    }

    @Test
    void revokingIsNeverWhatAnEndpointDoesUnlessAsked() {
        assertThatThrownBy(() -> template.requestBody("qonto:oauthConsent", (Object) null))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("revoke");

        assertThat(apiCalls()).isEmpty();
    }

    private static JsonNode decode(String data) {
        try {
            return QontoJson.mapper().readTree(Base64.getUrlDecoder().decode(data));
        } catch (java.io.IOException e) {
            throw new AssertionError("the answer is not base64url JSON", e);
        }
    }
}
