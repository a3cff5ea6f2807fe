package io.camelqonto.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.TokenStore;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Shared fixtures of the client tests: credentials, fast retries, a WireMock server per test class. */
final class TestClients {

    static final String LOGIN = "pied-piper-7132";
    static final String SECRET_KEY = "sk-4f9a2c71e0b3d8";
    static final String RAW_API_KEY = LOGIN + ":" + SECRET_KEY;
    static final String CLIENT_ID = "client-7a1c";
    static final String CLIENT_SECRET = "cs-9d27be4410aa";
    static final String TOKEN_PATH = "/oauth2/token";

    /** A valid French IBAN (checksum holds). */
    static final String IBAN = "FR7630006000011234567890189";
    static final String OTHER_IBAN = "DE89370400440532013000";

    /** Retries that do not slow the tests down; Retry-After is waited for up to two seconds. */
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofSeconds(2));

    private TestClients() {
    }

    static WireMockExtension wireMock() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    static QontoClientConfig.Builder apiKey(WireMockExtension wm) {
        return QontoClientConfig.builder()
                .baseUrl(wm.baseUrl())
                .tokenUrl(wm.baseUrl() + TOKEN_PATH)
                .credentials(new ApiKeyCredentials(LOGIN, SECRET_KEY))
                .retryPolicy(FAST_RETRIES);
    }

    static QontoClientConfig.Builder oauth(WireMockExtension wm, TokenStore store) {
        return apiKey(wm).credentials(new OAuthCredentials(CLIENT_ID, CLIENT_SECRET, store, null));
    }

    static String tokenJson(String accessToken, String refreshToken, long expiresIn) {
        return "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\",\"expires_in\":"
                + expiresIn + ",\"token_type\":\"bearer\",\"scope\":\"offline_access organization.read\"}";
    }
}
