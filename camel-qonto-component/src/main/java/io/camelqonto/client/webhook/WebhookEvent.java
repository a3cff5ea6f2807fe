package io.camelqonto.client.webhook;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelqonto.client.QontoJson;
import io.camelqonto.model.InvalidInputException;

/**
 * The envelope Qonto posts to a webhook subscription: the event's id (the same on every retry and duplicate of the
 * event, so the key to deduplicate on), its subscription, organization and membership, its {@code type} (the topic,
 * such as {@code v1/transactions}), when it happened, and {@code data}: the event's name in {@code data.event} and
 * the fields of the resource.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(String id, String subscriptionId, String organizationId, String membershipId, String type,
        Instant createdAt, JsonNode data, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    private static final String EVENT = "event";

    /**
     * Keeps its own copy of the data and of the fields the record does not name.
     *
     * @param id             the event's id, the same on every retry and duplicate of it
     * @param subscriptionId the subscription it was delivered for
     * @param organizationId the organization it concerns
     * @param membershipId   the membership the event concerns, if any
     * @param type           its topic, e.g. {@code v1/transactions}
     * @param createdAt      when it happened
     * @param data           its name in {@code event} and the fields of the resource
     * @param otherFields    what else Qonto sent, by name; none when null
     */
    public WebhookEvent {
        otherFields = otherFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
        data = data == null ? null : data.deepCopy();
    }

    /**
     * Reads a delivery's body.
     *
     * @param body the body as received
     * @return the event
     * @throws InvalidInputException when it is not an event envelope with an id, a type and a data object
     */
    public static WebhookEvent parse(byte[] body) {
        WebhookEvent event;
        try {
            event = QontoJson.mapper().readValue(body, WebhookEvent.class);
        } catch (IOException e) {
            throw new InvalidInputException("webhook event", "body", "is not a Qonto event envelope in JSON");
        }
        if (event == null) {
            throw new InvalidInputException("webhook event", "body", "is empty");
        }
        if (event.id() == null || event.id().isBlank()) {
            throw new InvalidInputException("webhook event", "id", "is missing");
        }
        if (event.type() == null || event.type().isBlank()) {
            throw new InvalidInputException("webhook event", "type", "is missing");
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new InvalidInputException("webhook event", "data", "must be an object");
        }
        return event;
    }

    /** {@return a copy of {@code data}: the event stays as received} */
    @Override
    public JsonNode data() {
        return data == null ? null : data.deepCopy();
    }

    /** {@return the event's name, such as {@code created} or {@code updated}; null when Qonto sent none} */
    public String event() {
        JsonNode name = data.get(EVENT);
        return name == null || name.isNull() ? null : name.asText();
    }

    /** {@return the resource the event is about: {@code data} without the event's name} */
    public ObjectNode resource() {
        ObjectNode resource = ((ObjectNode) data).deepCopy();
        resource.remove(EVENT);
        return resource;
    }

    /** {@code data} holds the resource, personal data included: only what identifies the event is shown. */
    @Override
    public String toString() {
        return "WebhookEvent[id=" + id + ", type=" + type + ", event=" + (data == null ? null : event())
                + ", createdAt=" + createdAt + "]";
    }
}
