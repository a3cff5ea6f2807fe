package io.camelqonto.emulator.internal.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.http.QueryParams;
import io.camelqonto.emulator.internal.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The emulated {@code oauth.qonto.com}: authorization (with automatic consent, and PKCE with S256), token and
 * revocation endpoints. Clients authenticate with {@code client_secret_post} only, as Qonto requires.
 */
public final class OAuthServer {

    public static final String AUTHORIZE_PATH = "/oauth2/auth";
    public static final String TOKEN_PATH = "/oauth2/token";
    public static final String REVOKE_PATH = "/oauth2/revoke";

    private final TokenRegistry tokens;
    private final String clientId;
    private final String clientSecret;

    public OAuthServer(TokenRegistry tokens, String clientId, String clientSecret) {
        this.tokens = tokens;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public static boolean handles(String path) {
        return path.equals(AUTHORIZE_PATH) || path.equals(TOKEN_PATH) || path.equals(REVOKE_PATH);
    }

    public ApiResponse handle(ApiRequest request) {
        return switch (request.method() + " " + request.path()) {
            case "GET " + AUTHORIZE_PATH -> authorize(request.query());
            case "POST " + TOKEN_PATH -> token(QueryParams.parse(request.body()));
            case "POST " + REVOKE_PATH -> revoke(QueryParams.parse(request.body()));
            default -> error(405, "invalid_request", "Method not allowed");
        };
    }

    /** The user is taken to have consented at once, so the browser step of the flow needs no browser. */
    private ApiResponse authorize(QueryParams query) {
        Optional<String> redirectUri = query.first("redirect_uri");
        if (!query.first("client_id").filter(clientId::equals).isPresent() || redirectUri.isEmpty()) {
            return error(400, "invalid_client", "Unknown client or missing redirect_uri");
        }
        StringBuilder location = new StringBuilder(redirectUri.get())
                .append(redirectUri.get().contains("?") ? '&' : '?');
        Optional<String> challenge = query.first("code_challenge");
        if (!query.first("response_type").filter("code"::equals).isPresent()) {
            location.append("error=unsupported_response_type");
        } else if (challenge.isPresent() && !Pkce.S256.equals(query.first("code_challenge_method").orElse(""))) {
            // Inferred: Qonto's server is Ory Hydra, which refuses PKCE methods it does not allow
            location.append("error=invalid_request");
        } else {
            Set<String> scopes = scopes(query.first("scope").orElse(""));
            location.append("code=").append(encode(tokens.issueCode(clientId, scopes, redirectUri.get(),
                            challenge.orElse(null))))
                    .append("&scope=").append(encode(String.join(" ", scopes)));
        }
        query.first("state").ifPresent(state -> location.append("&state=").append(encode(state)));
        return ApiResponse.redirect(location.toString());
    }

    private ApiResponse token(QueryParams form) {
        if (!authenticated(form)) {
            return invalidClient();
        }
        String grantType = form.first("grant_type").orElse("");
        Optional<IssuedTokens> issued;
        switch (grantType) {
            case "authorization_code" -> issued = tokens.redeemCode(form.first("code").orElse(""), clientId,
                    form.first("redirect_uri").orElse(null), form.first("code_verifier").orElse(null));
            case "refresh_token" -> issued = tokens.refresh(form.first("refresh_token").orElse(""), clientId);
            default -> {
                return error(400, grantType.isEmpty() ? "invalid_request" : "unsupported_grant_type",
                        "The grant_type is missing or not supported: use authorization_code or refresh_token");
            }
        }
        return issued.map(OAuthServer::tokenResponse).orElseGet(() -> error(400, "invalid_grant",
                "The provided authorization grant or refresh token is invalid, expired, revoked or was issued "
                        + "to another client"));
    }

    private ApiResponse revoke(QueryParams form) {
        if (!authenticated(form)) {
            return invalidClient();
        }
        form.first("token").ifPresent(token -> tokens.revoke(token, clientId));
        return ApiResponse.empty(200);
    }

    /** Credentials in an HTTP Basic header are ignored, which is why clients sending only those fail. */
    private boolean authenticated(QueryParams form) {
        return form.first("client_id").filter(clientId::equals).isPresent()
                && form.first("client_secret").filter(clientSecret::equals).isPresent();
    }

    private static ApiResponse tokenResponse(IssuedTokens issued) {
        ObjectNode body = Json.object()
                .put("access_token", issued.accessToken())
                .put("expires_in", issued.expiresIn());
        if (issued.refreshToken() != null) {
            body.put("refresh_token", issued.refreshToken());
        }
        body.put("scope", String.join(" ", issued.scopes())).put("token_type", "bearer");
        return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    private static ApiResponse invalidClient() {
        return error(401, "invalid_client", "Client authentication failed");
    }

    private static ApiResponse error(int status, String error, String description) {
        return ApiResponse.json(status, Json.object().put("error", error).put("error_description", description));
    }

    private static Set<String> scopes(String spaceSeparated) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
        scopes.remove("");
        return scopes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
