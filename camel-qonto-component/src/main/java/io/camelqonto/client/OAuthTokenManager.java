package io.camelqonto.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.client.error.QontoTransportException;

/**
 * Keeps a valid OAuth access token at hand. The token is renewed before it expires rather than
 * after a 401, as Qonto asks. Qonto rotates the refresh token on every use and invalidates the old
 * one a minute later, so:
 * <ul>
 * <li>the new pair is saved to the {@link TokenStore} before the access token is used: a crash
 * right after a refresh must not lose the only valid refresh token;</li>
 * <li>one refresh runs at a time per token store, across every client sharing that store (the Camel
 * component gives all endpoints of one grant the same store): two concurrent refreshes with the same
 * refresh token would leave one caller with a token that is already dead;</li>
 * <li>the store is read again before refreshing: another client sharing the store may have
 * refreshed in the meantime.</li>
 * </ul>
 */
final class OAuthTokenManager implements AuthorizationSource {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenManager.class);
    private static final String BEARER = "Bearer ";

    private final OAuthCredentials credentials;
    private final TokenStore store;
    private final URI tokenUri;
    private final String stagingToken;
    private final HttpTransport transport;
    private final Duration callTimeout;
    private final QontoClientListener events;
    private volatile OAuthTokens current;

    OAuthTokenManager(OAuthCredentials credentials, QontoClientConfig config, HttpTransport transport) {
        this.credentials = credentials;
        this.store = credentials.tokenStore();
        this.tokenUri = URI.create(config.tokenUrl());
        this.stagingToken = config.stagingToken();
        this.transport = transport;
        this.callTimeout = config.callTimeout();
        this.events = config.events();
    }

    @Override
    public String authorization() {
        OAuthTokens tokens = current;
        if (tokens == null || !fresh(tokens)) {
            tokens = renew(null);
        }
        return BEARER + tokens.accessToken();
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        renew(rejected.startsWith(BEARER) ? rejected.substring(BEARER.length()) : rejected);
        return true;
    }

    @Override
    public Instant expiresAt() {
        OAuthTokens tokens = current;
        return tokens == null ? null : tokens.expiresAt();
    }

    /**
     * Returns usable tokens: the stored ones when they are fresh and not the rejected access token,
     * otherwise newly refreshed ones. Locks the store, not this manager: other clients may share it.
     */
    private OAuthTokens renew(String rejectedAccessToken) {
        synchronized (store) {
            OAuthTokens stored = store.load().orElseThrow(() -> refreshFailed(new QontoOAuthException(
                    "The OAuth token store holds no tokens; obtain a refresh token through the consent flow first", 0,
                    null)));
            if (fresh(stored) && !stored.accessToken().equals(rejectedAccessToken)) {
                current = stored;
                return stored;
            }
            if (stored.refreshToken() == null) {
                throw refreshFailed(new QontoOAuthException("The OAuth access token is expired or refused and there is"
                        + " no refresh token (was offline_access granted?)", 0, null));
            }
            OAuthTokens refreshed;
            try {
                refreshed = refresh(stored.refreshToken());
            } catch (QontoException e) {
                throw refreshFailed(e);
            }
            store.save(refreshed);
            current = refreshed;
            LOG.debug("OAuth access token refreshed, valid until {}", refreshed.expiresAt());
            events.tokenRefreshed(refreshed.expiresAt());
            return refreshed;
        }
    }

    private QontoException refreshFailed(QontoException error) {
        events.tokenRefreshFailed(error);
        return error;
    }

    private boolean fresh(OAuthTokens tokens) {
        return tokens.accessToken() != null && (tokens.expiresAt() == null
                || Instant.now().plus(credentials.refreshBefore()).isBefore(tokens.expiresAt()));
    }

    /**
     * Exchanges the code of a consent for the first tokens, and saves them to the store before they are used, as a
     * refresh does.
     */
    OAuthTokens exchange(String code, String redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        synchronized (store) {
            OAuthTokens tokens = post(form, "OAuth code exchange", null);
            store.save(tokens);
            current = tokens;
            LOG.debug("OAuth code exchanged for tokens, valid until {}", tokens.expiresAt());
            return tokens;
        }
    }

    private OAuthTokens refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form, "OAuth token refresh", refreshToken);
    }

    /** Posts a grant to the token endpoint with the app's credentials and reads the tokens it answers. */
    private OAuthTokens post(Map<String, String> grant, String what, String previousRefreshToken) {
        // client_secret_post: Qonto refuses client credentials in a Basic header
        Map<String, String> form = new LinkedHashMap<>(grant);
        form.put("client_id", credentials.clientId());
        form.put("client_secret", credentials.clientSecret());
        String body = form.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (stagingToken != null) {
            headers.put(RequestEncoder.STAGING_TOKEN, stagingToken);
        }
        long start = System.nanoTime();
        HttpResult result;
        Deadline deadline = Deadline.after(callTimeout);
        try {
            result = transport.send(new HttpTransport.OutgoingRequest("POST", tokenUri, headers,
                    body.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED), deadline);
        } catch (IOException e) {
            throw ErrorTranslator.transportFailure("POST OAuth token endpoint", 1, deadline, e);
        }
        LOG.debug("POST OAuth token endpoint -> {} ({} ms)", result.status(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return tokensFrom(result, what, previousRefreshToken);
    }

    private static OAuthTokens tokensFrom(HttpResult result, String what, String previousRefreshToken) {
        int status = result.status();
        if (result.isHtml() && status < 500 || ErrorTranslator.isSandboxLogin(result)) {
            throw new QontoStagingTokenException(status);
        }
        JsonNode json = ResponseDecoder.parseOrNull(result.body());
        if (status >= 500) {
            throw new QontoServerException("OAuth token endpoint failed", status, ErrorTranslator.errors(json),
                    ErrorTranslator.traceId(result, json));
        }
        if (!result.isSuccess()) {
            String error = json == null ? null : json.path("error").asText(null);
            String description = json == null ? null : json.path("error_description").asText(null);
            throw new QontoOAuthException(what + " refused" + (description == null ? "" : ": " + description),
                    status, error);
        }
        if (json == null) {
            throw new QontoTransportException("OAuth token endpoint sent a malformed response", null);
        }
        String accessToken = json.path("access_token").asText(null);
        if (accessToken == null) {
            throw new QontoOAuthException("OAuth token endpoint answered without access_token", status, null);
        }
        // Qonto always rotates; keep the previous refresh token should a server not do so
        String refreshToken = json.path("refresh_token").asText(previousRefreshToken);
        Instant expiresAt = json.hasNonNull("expires_in") ? Instant.now().plusSeconds(json.get("expires_in").asLong())
                : null;
        return new OAuthTokens(accessToken, refreshToken, expiresAt);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
