package io.camelqonto.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.EmulatorState;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.webhook.WebhookDeliverer;
import io.camelqonto.emulator.internal.webhook.WebhookTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The emulator's webhook deliveries, for tests: events sent on demand, the log of deliveries, and faults that lose
 * events or deliver them twice. Changes to transactions (added, updated, booked by a settled transfer) send
 * {@code v1/transactions} events by themselves. The subscriptions are in {@link EmulatorStore}. Thread-safe.
 */
public final class WebhookControl {

    private final EmulatorState state;
    private final WebhookDeliverer deliverer;

    WebhookControl(EmulatorState state, WebhookDeliverer deliverer) {
        this.state = state;
        this.deliverer = deliverer;
    }

    /**
     * Sends an event of {@code type} to every subscription listing it, as if the change had happened at Qonto.
     *
     * @param type  the event's topic, such as {@code v1/transactions}
     * @param event the event's name, such as {@code created} or {@code updated}, sent as {@code data.event}
     * @param data  the fields of the resource, by their Qonto names
     * @return the ids of the events, one per subscription (none when nobody subscribed to the type)
     * @throws IllegalArgumentException for a type Qonto does not send
     */
    public List<String> trigger(String type, String event, Map<String, ?> data) {
        if (!WebhookTopics.isKnown(type)) {
            throw new IllegalArgumentException("Unknown webhook type " + type + "; known: " + WebhookTopics.known());
        }
        JsonNode resource = Json.tree(data);
        if (!resource.isObject()) {
            throw new IllegalArgumentException("The event's data must be an object");
        }
        return state.locked(domain -> domain.webhooks().publish(type, event, (ObjectNode) resource));
    }

    /** {@return every attempt so far, and every event dropped on purpose, in order} */
    public List<WebhookDelivery> deliveries() {
        return deliverer.log();
    }

    /**
     * Loses this share of events, drawn from the seeded random: they are never sent.
     *
     * @param rate from 0 to 1
     */
    public void dropRate(double rate) {
        deliverer.dropRate(rate);
    }

    /**
     * Delivers this share of events a second time, a little later, as Qonto may.
     *
     * @param rate from 0 to 1
     */
    public void duplicateRate(double rate) {
        deliverer.duplicateRate(rate);
    }

    /**
     * Loses the next events.
     *
     * @param events how many
     */
    public void dropNext(int events) {
        deliverer.dropNext(events);
    }

    /**
     * Waits until every event sent so far is delivered, given up or dropped.
     *
     * @param timeout the longest to wait
     * @return false when that took longer than {@code timeout}
     */
    public boolean awaitIdle(Duration timeout) {
        try {
            return deliverer.awaitIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
