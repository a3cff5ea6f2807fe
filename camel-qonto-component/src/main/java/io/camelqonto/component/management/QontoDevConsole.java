package io.camelqonto.component.management;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.component.health.QontoDiagnosis;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code qonto} dev console: for every {@code qonto} component of the context, the rate budget left in each window,
 * the OAuth tokens' expiry, what its clients did, and where each running consumer stands and why its last poll failed.
 * Never a credential, a token or a full IBAN.
 */
@DevConsole(name = "qonto", displayName = "Qonto", description = "Qonto rate budget, tokens, clients and consumers")
public class QontoDevConsole extends AbstractDevConsole {

    /** The console Camel finds by its {@code qonto} name and creates when asked for it. */
    public QontoDevConsole() {
        super("camel", "qonto", "Qonto", "Qonto rate budget, tokens, clients and consumers");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> component : components()) {
            sb.append(String.format("Component %s%n", component.get("name")));
            for (Map<String, Object> w : list(component.get("rateLimit"))) {
                sb.append(String.format("    Rate limit %s per %s: %s used, %s left%n", w.get("permits"),
                        w.get("window"), w.get("used"), w.get("remaining")));
            }
            sb.append(String.format("    Rate limit pause: %s ms%n", component.get("rateLimitPauseMillis")));
            sb.append(String.format("    Requests: %s (retries %s, 429 %s); token refreshes: %s (failed %s)%n",
                    component.get("requests"), component.get("retries"), component.get("rateLimited"),
                    component.get("tokenRefreshes"), component.get("tokenRefreshFailures")));
            for (Map<String, Object> c : list(component.get("clients"))) {
                sb.append(String.format("    Client %s (%s): token expires %s, last answer %s at %s%n",
                        c.get("baseUrl"), c.get("authentication"), or(c, "tokenExpiresAt"), or(c, "lastStatus"),
                        or(c, "lastAnswerAt")));
            }
            for (Map<String, Object> c : list(component.get("consumers"))) {
                sb.append(String.format("    Consumer %s (%s): cursor %s (%s ids), lag %s s, delivered %s,"
                                        + " last poll %s, health %s%s%n",
                        c.get("routeId"), c.get("resource"), or(c, "cursor"), ((List<?>) c.get("cursorIds")).size(),
                        or(c, "lagSeconds"), c.get("itemsDelivered"), or(c, "lastPollStarted"), or(c, "health"),
                        c.containsKey("reason") ? " (" + c.get("message") + ")" : ""));
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Object or(Map<String, Object> json, String key) {
        return json.getOrDefault(key, "-");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> components = new ArrayList<>();
        for (Map<String, Object> component : components()) {
            components.add(new JsonObject(component));
        }
        root.put("components", components);
        return root;
    }

    private List<Map<String, Object>> components() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof QontoComponent component) {
                list.add(component(name, component));
            }
        }
        return list;
    }

    private static Map<String, Object> component(String name, QontoComponent component) {
        QontoMonitoring monitoring = component.monitoring();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        List<Map<String, Object>> windows = new ArrayList<>();
        for (RateLimiter.Usage usage : monitoring.rateBudget()) {
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("window", usage.window().length().toString());
            window.put("permits", usage.window().permits());
            window.put("used", usage.used());
            window.put("remaining", usage.remaining());
            windows.add(window);
        }
        json.put("rateLimit", windows);
        json.put("rateLimitPauseMillis", monitoring.rateLimitPause().toMillis());
        monitoring.earliestTokenExpiry().ifPresent(at -> json.put("accessTokenExpiresAt", at.toString()));
        json.put("requests", monitoring.total(ClientActivity::requests));
        json.put("retries", monitoring.total(ClientActivity::retries));
        json.put("rateLimited", monitoring.total(ClientActivity::rateLimited));
        json.put("tokenRefreshes", monitoring.total(ClientActivity::tokenRefreshes));
        json.put("tokenRefreshFailures", monitoring.total(ClientActivity::tokenRefreshFailures));
        List<Map<String, Object>> clients = new ArrayList<>();
        monitoring.clients().forEach((client, activity) -> clients.add(client(client, activity)));
        json.put("clients", clients);
        List<Map<String, Object>> consumers = new ArrayList<>();
        for (QontoConsumer consumer : monitoring.consumers()) {
            consumers.add(consumer(consumer));
        }
        json.put("consumers", consumers);
        return json;
    }

    private static Map<String, Object> client(QontoClient client, ClientActivity activity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("baseUrl", Redacted.uri(client.config().baseUrl()));
        json.put("authentication", client.config().credentials() instanceof OAuthCredentials ? "oauth" : "api-key");
        client.accessTokenExpiresAt().ifPresent(at -> json.put("tokenExpiresAt", at.toString()));
        ClientActivity.Answer last = activity.lastAnswer();
        if (last != null) {
            json.put("lastStatus", last.status());
            json.put("lastAnswerAt", last.at().toString());
        }
        put(json, "lastSuccessAt", activity.lastSuccess());
        json.put("requests", activity.requests());
        json.put("retries", activity.retries());
        json.put("rateLimited", activity.rateLimited());
        json.put("tokenRefreshes", activity.tokenRefreshes());
        json.put("tokenRefreshFailures", activity.tokenRefreshFailures());
        QontoDiagnosis refusal = activity.lastRefreshFailure();
        if (refusal != null) {
            json.put("tokenRefreshFailure", refusal.message());
        }
        return json;
    }

    private static Map<String, Object> consumer(QontoConsumer consumer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("routeId", consumer.getRouteId());
        json.put("resource", consumer.getResource());
        json.put("uri", Redacted.uri(consumer.getEndpoint().getEndpointUri()));
        json.put("stateKey", consumer.getStateKey());
        json.put("cursorField", consumer.getCursorField());
        putIfSet(json, "cursor", consumer.getCursorInstant());
        json.put("cursorIds", List.of(consumer.getCursorIds()));
        if (consumer.getLagSeconds() >= 0) {
            json.put("lagSeconds", consumer.getLagSeconds());
        }
        json.put("itemsDelivered", consumer.getItemsDelivered());
        putIfSet(json, "lastPollStarted", consumer.getLastPollStarted());
        putIfSet(json, "lastPollCompleted", consumer.getLastPollCompleted());
        HealthCheck check = consumer.getHealthCheck();
        if (check != null) {
            HealthCheck.Result result = check.call();
            json.put("health", result.getState().name());
            Object reason = result.getDetails().get(QontoDiagnosis.REASON);
            if (reason != null) {
                json.put("reason", reason);
                result.getMessage().ifPresent(message -> json.put("message", message));
            }
        }
        return json;
    }

    private static void put(Map<String, Object> json, String key, Instant value) {
        if (value != null) {
            json.put(key, value.toString());
        }
    }

    private static void putIfSet(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
