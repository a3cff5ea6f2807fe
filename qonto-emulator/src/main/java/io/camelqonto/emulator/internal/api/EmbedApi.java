package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.RandomTokens;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Qonto Embed: auth links that sign a partner's customer in to Qonto's hosted pages, and the dispatch of requests that
 * Qonto's client SDK encoded for the partner's backend to forward.
 */
final class EmbedApi {

    /** Inferred: Qonto documents that a link expires, not after how long. */
    private static final Duration LINK_VALIDITY = Duration.ofMinutes(10);
    /** Inferred: the one action Qonto's reference shows. */
    private static final List<String> ACTIONS = List.of("create_payment_link");
    private static final String WRAPPER = "embed_auth_link";

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("POST", "/v1/embed_auth_links", Scopes.EMBED_AUTH_LINK_WRITE, this::createLink),
                Endpoint.anyAuth("POST", "/v1/encoded_requests/dispatch", null, this::dispatch));
    }

    private ApiResponse createLink(ApiCall call) {
        JsonNode link = call.jsonBody().path(WRAPPER);
        if (!link.isObject()) {
            throw QontoErrors.of(400, "bad_request", WRAPPER + " is required");
        }
        String action = link.path("post_authn_action").asText("");
        String callback = link.path("callback_url").asText("");
        if (!ACTIONS.contains(action)) {
            throw QontoErrors.of(400, "bad_request", "post_authn_action must be one of: " + String.join(", ",
                    ACTIONS));
        }
        if (!absoluteHttpUrl(callback)) {
            throw QontoErrors.of(400, "bad_request", "callback_url must be an absolute http(s) URL");
        }
        Instant now = call.domain().now();
        ObjectNode created = Json.object()
                .put("url", "https://embed.qonto.invalid/auth/" + RandomTokens.base64Url(24))
                .put("post_authn_action", action)
                .put("callback_url", callback)
                .put("expired_at", Timestamps.format(now.plus(LINK_VALIDITY)))
                .putNull("used_at");
        call.domain().data().documents().embedAuthLinks().add(created);
        return ApiResponse.json(200, Json.object().set(WRAPPER, created));
    }

    /**
     * Inferred: Qonto's SDK encoding is not public. The emulator reads {@code data} as base64url JSON
     * {@code {"method", "path", "body"}}, sends that request through every rule of the API with the credentials of the
     * dispatch call, and answers {@code data} as base64url JSON {@code {"status", "body"}}.
     */
    private ApiResponse dispatch(ApiCall call) {
        JsonNode data = call.jsonBody().path("data");
        JsonNode proxied = data.isTextual() ? decode(data.asText()).orElse(null) : null;
        if (proxied == null || !proxied.path("method").isTextual() || !proxied.path("path").asText("").startsWith("/")) {
            throw QontoErrors.of(400, "bad_request", "data is not an encoded request");
        }
        URI target = URI.create(proxied.get("path").asText());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        call.request().header("Authorization").ifPresent(value -> headers.put("authorization", List.of(value)));
        call.request().header(ApiDispatcher.IDEMPOTENCY_KEY_HEADER).ifPresent(value ->
                headers.put(ApiDispatcher.IDEMPOTENCY_KEY_HEADER.toLowerCase(Locale.ROOT), List.of(value)));
        String body = proxied.hasNonNull("body") ? Json.canonical(proxied.get("body")) : "";
        if (!body.isEmpty()) {
            headers.put("content-type", List.of("application/json"));
        }
        ApiRequest request = new ApiRequest(proxied.get("method").asText().toUpperCase(Locale.ROOT),
                target.getRawPath(), target.getRawQuery(), Map.copyOf(headers), body,
                body.getBytes(StandardCharsets.UTF_8), call.request().clientIp(), call.request().receivedAt());
        ApiResponse answer = call.relay().apply(request);
        ObjectNode result = Json.object().put("status", answer.status());
        byte[] answerBody = answer.body();
        result.set("body", answerBody.length == 0 ? null
                : Json.parse(new String(answerBody, StandardCharsets.UTF_8)).orElse(null));
        return ApiResponse.json(200, Json.object().put("data",
                Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(result))));
    }

    private static Optional<JsonNode> decode(String data) {
        try {
            return Json.parse(new String(Base64.getUrlDecoder().decode(data), StandardCharsets.UTF_8))
                    .filter(JsonNode::isObject);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean absoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
