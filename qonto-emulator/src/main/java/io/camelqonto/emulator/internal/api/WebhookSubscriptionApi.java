package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.webhook.CallbackUrls;
import io.camelqonto.emulator.internal.webhook.WebhookTopics;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Webhook subscriptions: each OAuth app creates, reads, replaces and deletes its own. Single subscriptions are bare
 * objects, without a root key; the list is under {@code subscriptions}.
 */
final class WebhookSubscriptionApi {

    private static final int MAX_URL_LENGTH = 512;
    private static final int MAX_DESCRIPTION_LENGTH = 256;
    private static final int MIN_SECRET_LENGTH = 32;
    private static final int MAX_SECRET_LENGTH = 128;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/webhook_subscriptions", Scopes.WEBHOOK, this::list),
                Endpoint.oauthOnly("POST", "/v2/webhook_subscriptions", Scopes.WEBHOOK, this::create),
                Endpoint.oauthOnly("GET", "/v2/webhook_subscriptions/{id}", Scopes.WEBHOOK, this::get),
                Endpoint.oauthOnly("PUT", "/v2/webhook_subscriptions/{id}", Scopes.WEBHOOK, this::replace),
                Endpoint.oauthOnly("DELETE", "/v2/webhook_subscriptions/{id}", Scopes.WEBHOOK, this::delete));
    }

    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        return Page.of("subscriptions", call.domain().webhooks().of(call.principal().clientId()), page);
    }

    private ApiResponse create(ApiCall call) {
        Settings settings = Settings.read(call.jsonBody(), true);
        checkTopicScopes(call, settings.types());
        return ApiResponse.json(201, call.domain().webhooks().create(call.principal().clientId(),
                settings.callbackUrl(), settings.types(), settings.description(), settings.secret()));
    }

    private ApiResponse get(ApiCall call) {
        return ApiResponse.json(200, call.domain().webhooks().get(call.principal().clientId(), call.path("id"))
                .orElseThrow(WebhookSubscriptionApi::notFound));
    }

    /** A full replacement, except that types and secret stay as they are when not given (Inferred). */
    private ApiResponse replace(ApiCall call) {
        Settings settings = Settings.read(call.jsonBody(), false);
        if (settings.types() != null) {
            checkTopicScopes(call, settings.types());
        }
        ObjectNode replaced = call.domain().webhooks().replace(call.principal().clientId(), call.path("id"),
                settings.callbackUrl(), settings.types(), settings.description(), settings.secret())
                .orElseThrow(WebhookSubscriptionApi::notFound);
        return ApiResponse.json(200, replaced);
    }

    private ApiResponse delete(ApiCall call) {
        if (!call.domain().webhooks().delete(call.principal().clientId(), call.path("id"))) {
            throw notFound();
        }
        return ApiResponse.empty(204);
    }

    /** Subscribing to a topic also needs the scope that reads what the topic reports on. */
    private static void checkTopicScopes(ApiCall call, List<String> types) {
        for (String type : types) {
            Optional<String> scope = WebhookTopics.scope(type);
            if (scope.isPresent() && !call.principal().has(scope.get())) {
                throw QontoErrors.of(403, "forbidden", "missing required oauth scope: " + scope.get());
            }
        }
    }

    private static ApiException notFound() {
        return QontoErrors.notFound("Webhook subscription not found");
    }

    /** The fields of a create or replace body, checked; Qonto answers these with 400, not 422. */
    private record Settings(String callbackUrl, List<String> types, String description, String secret) {

        static Settings read(JsonNode body, boolean typesRequired) {
            List<ApiError> errors = new ArrayList<>();
            String callbackUrl = text(body, "callback_url");
            if (callbackUrl == null || callbackUrl.isBlank()) {
                errors.add(ApiError.atPointer("blank", "CallbackURL is missing", "/callback_url"));
            } else if (callbackUrl.length() > MAX_URL_LENGTH) {
                errors.add(ApiError.atPointer("too_long", "callback_url is too long (maximum is 512 characters)",
                        "/callback_url"));
            } else if (!acceptable(callbackUrl)) {
                errors.add(ApiError.atPointer("invalid", "callback_url must be an https URL", "/callback_url"));
            }
            List<String> types = null;
            JsonNode typesNode = body.get("types");
            if (typesNode == null || typesNode.isNull()) {
                if (typesRequired) {
                    errors.add(ApiError.atPointer("blank", "types can't be blank", "/types"));
                }
            } else if (!typesNode.isArray() || typesNode.isEmpty()) {
                errors.add(ApiError.atPointer("blank", "types must list at least one event type", "/types"));
            } else {
                types = Json.stringList(typesNode);
                for (int i = 0; i < types.size(); i++) {
                    if (!WebhookTopics.isKnown(types.get(i))) {
                        errors.add(ApiError.atPointer("not_in_list", "types must be among: " + WebhookTopics.known(),
                                "/types/" + i));
                    }
                }
            }
            String secret = text(body, "secret");
            if (secret != null && (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH)) {
                errors.add(ApiError.atPointer("invalid", "secret must have between 32 and 128 characters",
                        "/secret"));
            }
            String description = text(body, "description");
            if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
                errors.add(ApiError.atPointer("too_long", "description is too long (maximum is 256 characters)",
                        "/description"));
            }
            if (!errors.isEmpty()) {
                throw QontoErrors.of(400, errors);
            }
            return new Settings(callbackUrl, types, description, secret);
        }

        private static boolean acceptable(String url) {
            try {
                return CallbackUrls.isAcceptable(new URI(url));
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static String text(JsonNode body, String field) {
            return body.hasNonNull(field) ? body.get(field).asText() : null;
        }
    }
}
