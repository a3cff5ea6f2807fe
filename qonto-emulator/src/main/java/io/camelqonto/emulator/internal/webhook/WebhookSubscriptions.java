package io.camelqonto.emulator.internal.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.RandomTokens;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The webhook subscriptions of the organization and the events waiting to be sent to them. Each OAuth app sees
 * only its own subscriptions, as at Qonto. An event is addressed to every subscription listing its type when it
 * happens; what happened before a subscription existed is never sent. Not thread-safe: the emulator's state lock
 * guards it.
 */
public final class WebhookSubscriptions {

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final List<OutboundEvent> outbox = new ArrayList<>();

    public WebhookSubscriptions(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    /**
     * @param secret the secret deliveries are signed with; one is generated when null
     * @return the subscription as Qonto answers a create: with its secret, the only time Qonto shows it
     */
    public ObjectNode create(String clientId, String callbackUrl, List<String> types, String description,
            String secret) {
        String timestamp = Timestamps.format(now.get());
        ObjectNode document = Json.object()
                .put("id", data.ids().uuid("webhook_subscription"))
                .put("organization_id", data.organization().get("id").asText())
                .put("membership_id", data.membershipId())
                .put("callback_url", callbackUrl);
        document.set("types", Json.tree(types));
        document.put("created_at", timestamp).put("updated_at", timestamp);
        if (description != null) {
            document.put("description", description);
        }
        // Inferred: Qonto generates a secret when none is given, in the whsec_ form its documentation shows.
        String signingSecret = secret != null ? secret : "whsec_" + RandomTokens.base64Url(32);
        subscriptions.put(document.get("id").asText(), new Subscription(document, signingSecret, clientId));
        return document.deepCopy().put("secret", signingSecret);
    }

    /** The app's subscriptions, oldest first. */
    public List<ObjectNode> of(String clientId) {
        return subscriptions.values().stream().filter(s -> s.clientId().equals(clientId))
                .map(s -> s.document().deepCopy()).toList();
    }

    public Optional<ObjectNode> get(String clientId, String id) {
        return find(clientId, id).map(s -> s.document().deepCopy());
    }

    /**
     * Replaces callback URL and description; types and secret only when given.
     *
     * @return the new state, or empty when the app has no such subscription
     */
    public Optional<ObjectNode> replace(String clientId, String id, String callbackUrl, List<String> types,
            String description, String secret) {
        return find(clientId, id).map(current -> {
            ObjectNode document = current.document().deepCopy().put("callback_url", callbackUrl)
                    .put("updated_at", Timestamps.format(now.get()));
            if (types != null) {
                document.set("types", Json.tree(types));
            }
            document.remove("description");
            if (description != null) {
                document.put("description", description);
            }
            subscriptions.put(id, new Subscription(document, secret != null ? secret : current.secret(), clientId));
            return document.deepCopy();
        });
    }

    public boolean delete(String clientId, String id) {
        return find(clientId, id).map(s -> subscriptions.remove(id) != null).orElse(false);
    }

    /** Every app's subscriptions, without their secrets. */
    public List<ObjectNode> all() {
        return subscriptions.values().stream().map(s -> s.document().deepCopy()).toList();
    }

    /**
     * Addresses an event to every subscription listing its type: Qonto's envelope with {@code data} holding the
     * event name first, then the resource's fields.
     *
     * @return the ids of the events, one per subscription
     */
    public List<String> publish(String type, String event, ObjectNode resource) {
        List<String> ids = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            if (!subscription.lists(type)) {
                continue;
            }
            ObjectNode payload = Json.object().put("event", event);
            resource.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("event")) {
                    payload.set(field.getKey(), field.getValue().deepCopy());
                }
            });
            // Inferred: each subscription gets an event of its own, with its own id.
            String id = data.ids().uuid("webhook_event");
            ObjectNode envelope = Json.object()
                    .put("id", id)
                    .put("subscription_id", subscription.document().get("id").asText())
                    .put("organization_id", subscription.document().get("organization_id").asText())
                    .put("membership_id", subscription.document().get("membership_id").asText())
                    .put("type", type)
                    .put("created_at", Timestamps.format(now.get()));
            envelope.set("data", payload);
            outbox.add(new OutboundEvent(id, subscription.document().get("id").asText(), type, event,
                    subscription.document().get("callback_url").asText(), subscription.secret(),
                    Json.bytes(envelope)));
            ids.add(id);
        }
        return ids;
    }

    /** The events addressed since the last call, to be sent. */
    public List<OutboundEvent> drainOutbox() {
        List<OutboundEvent> events = List.copyOf(outbox);
        outbox.clear();
        return events;
    }

    private Optional<Subscription> find(String clientId, String id) {
        return Optional.ofNullable(subscriptions.get(id)).filter(s -> s.clientId().equals(clientId));
    }

    private record Subscription(ObjectNode document, String secret, String clientId) {

        boolean lists(String type) {
            for (var listed : document.get("types")) {
                if (listed.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
    }
}
