package io.camelqonto.emulator.internal.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.emulator.WebhookDelivery;
import io.camelqonto.emulator.internal.api.PathTemplate;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The emulator's own HTTP API under {@code /_emulator/}, for users of the standalone jar: what the Java API
 * offers, over JSON. No authentication, no journal, no faults, no rate limit.
 */
public final class AdminApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final QontoEmulator emulator;
    private final List<Route> routes;

    public AdminApi(QontoEmulator emulator) {
        this.emulator = emulator;
        this.routes = List.of(
                new Route("GET", "/_emulator/journal", (request, path) -> journal()),
                new Route("DELETE", "/_emulator/journal", (request, path) -> done(emulator.journal()::clear)),
                new Route("POST", "/_emulator/faults", (request, path) -> injectFault(body(request))),
                new Route("DELETE", "/_emulator/faults", (request, path) -> done(emulator.faults()::clear)),
                new Route("POST", "/_emulator/reset", (request, path) -> done(emulator::reset)),
                new Route("GET", "/_emulator/store/{collection}", (request, path) -> store(path.get("collection"))),
                new Route("POST", "/_emulator/transactions", (request, path) -> addTransaction(body(request))),
                new Route("PATCH", "/_emulator/transactions/{id}",
                        (request, path) -> updateTransaction(path.get("id"), body(request))),
                new Route("POST", "/_emulator/requests", (request, path) -> addRequest(body(request))),
                new Route("POST", "/_emulator/sepa_transfers/{id}/advance",
                        (request, path) -> advanceTransfer(path.get("id"), body(request))),
                new Route("POST", "/_emulator/oauth/tokens", (request, path) -> issueTokens(body(request))),
                new Route("POST", "/_emulator/sca/{token}/allow",
                        (request, path) -> decide(() -> emulator.sca().allow(path.get("token")), "allow")),
                new Route("POST", "/_emulator/sca/{token}/deny",
                        (request, path) -> decide(() -> emulator.sca().deny(path.get("token")), "deny")),
                new Route("GET", "/_emulator/webhooks/deliveries", (request, path) -> deliveries()),
                new Route("POST", "/_emulator/webhooks/events", (request, path) -> triggerEvent(body(request))),
                new Route("POST", "/_emulator/webhooks/faults", (request, path) -> webhookFaults(body(request))),
                new Route("DELETE", "/_emulator/webhooks/faults", (request, path) -> done(() -> {
                    emulator.webhooks().dropRate(0);
                    emulator.webhooks().duplicateRate(0);
                    emulator.webhooks().dropNext(0);
                })));
    }

    public ApiResponse handle(ApiRequest request) {
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.path().match(request.path());
            if (route.method().equals(request.method()) && variables.isPresent()) {
                try {
                    return route.action().apply(request, variables.get());
                } catch (NoSuchElementException e) {
                    return error(404, e.getMessage());
                } catch (IllegalStateException e) {
                    return error(409, e.getMessage());
                } catch (IllegalArgumentException e) {
                    return error(400, e.getMessage());
                }
            }
        }
        return error(404, "No admin operation " + request.method() + " " + request.path());
    }

    private ApiResponse journal() {
        List<ObjectNode> requests = emulator.journal().all().stream().map(AdminApi::recorded).toList();
        return ApiResponse.json(200, Json.object().set("requests", Json.array(requests)));
    }

    private static ObjectNode recorded(RecordedRequest request) {
        ObjectNode json = Json.object()
                .put("method", request.method())
                .put("path", request.path())
                .put("query", request.query());
        json.set("headers", Json.tree(request.headers()));
        return json.put("body", request.body())
                .put("received_at", Timestamps.format(request.receivedAt()))
                .put("status", request.status());
    }

    private ApiResponse injectFault(JsonNode json) {
        FaultRule.Builder fault = FaultRule.builder();
        text(json, "method").ifPresent(fault::method);
        text(json, "path").ifPresent(fault::path);
        if (json.has("status")) {
            fault.status(json.get("status").asInt());
        }
        if (json.has("retry_after_seconds")) {
            fault.retryAfterSeconds(json.get("retry_after_seconds").asInt());
        }
        if (json.has("latency_ms")) {
            fault.latency(Duration.ofMillis(json.get("latency_ms").asLong()));
        }
        if (json.path("drop_connection").asBoolean()) {
            fault.dropConnection();
        }
        if (json.path("drop_response_after_commit").asBoolean()) {
            fault.dropResponseAfterCommit();
        }
        if (json.path("malformed_body").asBoolean()) {
            fault.malformedBody();
        }
        if (json.has("times")) {
            fault.times(json.get("times").asInt());
        }
        if (json.has("rate")) {
            fault.rate(json.get("rate").asDouble());
        }
        FaultRule rule;
        try {
            rule = fault.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        emulator.faults().inject(rule);
        return ApiResponse.json(201, Json.object().set("fault", Json.object()
                .put("method", rule.method())
                .put("path", rule.path())
                .put("action", rule.action().name().toLowerCase(Locale.ROOT))
                .put("status", rule.action() == FaultRule.Action.STATUS ? rule.status() : null)
                .put("retry_after_seconds", rule.retryAfterSeconds())
                .put("latency_ms", rule.latency().toMillis())
                .put("times", rule.times())
                .put("rate", rule.rate())));
    }

    private ApiResponse store(String collection) {
        Object content = switch (collection) {
            case "organization" -> emulator.store().organization();
            case "bank_accounts" -> emulator.store().bankAccounts();
            case "transactions" -> emulator.store().transactions();
            case "requests" -> emulator.store().requests();
            case "sepa_transfers" -> emulator.store().sepaTransfers();
            case "beneficiaries" -> emulator.store().beneficiaries();
            case "labels" -> emulator.store().labels();
            case "memberships" -> emulator.store().memberships();
            case "statements" -> emulator.store().statements();
            case "clients" -> emulator.store().clients();
            case "client_invoices" -> emulator.store().clientInvoices();
            case "credit_notes" -> emulator.store().creditNotes();
            case "quotes" -> emulator.store().quotes();
            case "payment_links" -> emulator.store().paymentLinks();
            case "webhook_subscriptions" -> emulator.store().webhookSubscriptions();
            default -> throw new NoSuchElementException("No collection " + collection + " in the store");
        };
        return wrapped(200, collection, content);
    }

    private ApiResponse addTransaction(JsonNode overrides) {
        String id = emulator.store().addTransaction(Json.mapper().convertValue(overrides, MAP));
        return wrapped(201, "transaction", emulator.store().transaction(id).orElseThrow());
    }

    private ApiResponse updateTransaction(String id, JsonNode changes) {
        emulator.store().updateTransaction(id, Json.mapper().convertValue(changes, MAP));
        return wrapped(200, "transaction", emulator.store().transaction(id).orElseThrow());
    }

    private ApiResponse addRequest(JsonNode overrides) {
        String id = emulator.store().addRequest(Json.mapper().convertValue(overrides, MAP));
        return wrapped(201, "request", emulator.store().request(id).orElseThrow());
    }

    private ApiResponse advanceTransfer(String id, JsonNode body) {
        String status = text(body, "status").orElseThrow(() -> new IllegalArgumentException("status is required"));
        emulator.store().advanceTransfer(id, status);
        return wrapped(200, "transfer", emulator.store().sepaTransfer(id).orElseThrow());
    }

    private ApiResponse issueTokens(JsonNode body) {
        Set<String> scopes = new LinkedHashSet<>(Json.stringList(body.path("scopes")));
        OAuthTokens tokens = emulator.oauth().issueTokens(scopes);
        return ApiResponse.json(200, Json.object()
                .put("access_token", tokens.accessToken())
                .put("expires_in", tokens.expiresIn())
                .put("refresh_token", tokens.refreshToken())
                .put("scope", String.join(" ", scopes))
                .put("token_type", "bearer"));
    }

    private ApiResponse deliveries() {
        List<ObjectNode> deliveries = emulator.webhooks().deliveries().stream().map(AdminApi::delivery).toList();
        return ApiResponse.json(200, Json.object().set("deliveries", Json.array(deliveries)));
    }

    private static ObjectNode delivery(WebhookDelivery delivery) {
        return Json.object()
                .put("event_id", delivery.eventId())
                .put("subscription_id", delivery.subscriptionId())
                .put("type", delivery.type())
                .put("event", delivery.event())
                .put("attempt", delivery.attempt())
                .put("duplicate", delivery.duplicate())
                .put("status", delivery.status())
                .put("outcome", delivery.outcome().name().toLowerCase(Locale.ROOT))
                .put("at", Timestamps.format(delivery.at()));
    }

    /** {@code {"type":"v1/transactions","event":"updated","data":{...}}}: sent to every subscription of the type. */
    private ApiResponse triggerEvent(JsonNode body) {
        String type = text(body, "type").orElseThrow(() -> new IllegalArgumentException("type is required"));
        String event = text(body, "event").orElseThrow(() -> new IllegalArgumentException("event is required"));
        List<String> ids = emulator.webhooks().trigger(type, event,
                Json.mapper().convertValue(body.path("data").isObject() ? body.get("data") : Json.object(), MAP));
        return ApiResponse.json(202, Json.object().set("event_ids", Json.tree(ids)));
    }

    private ApiResponse webhookFaults(JsonNode body) {
        if (body.has("drop_rate")) {
            emulator.webhooks().dropRate(body.get("drop_rate").asDouble());
        }
        if (body.has("duplicate_rate")) {
            emulator.webhooks().duplicateRate(body.get("duplicate_rate").asDouble());
        }
        if (body.has("drop_next")) {
            emulator.webhooks().dropNext(body.get("drop_next").asInt());
        }
        return ApiResponse.empty(204);
    }

    private static ApiResponse decide(Runnable decision, String result) {
        try {
            decision.run();
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException(e.getMessage());
        }
        return ApiResponse.json(200, Json.object().put("result", result));
    }

    /** A JSON body with the value under one root key, as the API answers. */
    private static ApiResponse wrapped(int status, String rootKey, Object value) {
        return ApiResponse.json(status, Json.object().set(rootKey, Json.tree(value)));
    }

    private static ApiResponse done(Runnable action) {
        action.run();
        return ApiResponse.empty(204);
    }

    private static JsonNode body(ApiRequest request) {
        if (!request.hasBody()) {
            return Json.object();
        }
        return Json.parse(request.body()).filter(JsonNode::isObject)
                .orElseThrow(() -> new IllegalArgumentException("The body must be a JSON object"));
    }

    private static Optional<String> text(JsonNode json, String field) {
        return json.hasNonNull(field) ? Optional.of(json.get(field).asText()) : Optional.empty();
    }

    private static ApiResponse error(int status, String message) {
        return ApiResponse.json(status, Json.object().put("error", message));
    }

    private record Route(String method, PathTemplate path,
            BiFunction<ApiRequest, Map<String, String>, ApiResponse> action) {

        Route(String method, String path, BiFunction<ApiRequest, Map<String, String>, ApiResponse> action) {
            this(method, new PathTemplate(path), action);
        }
    }
}
