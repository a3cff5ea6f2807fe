package io.camelqonto.emulator;

import java.time.Instant;

/**
 * One attempt at sending an event to a subscription's callback URL, or the decision not to send it.
 *
 * @param attempt   1 for the first try of a delivery, 2 for its first retry, and so on
 * @param duplicate whether this is the second, unasked-for delivery of the event (a fault)
 * @param status    the HTTP status the callback answered, or 0 when it answered nothing in time
 */
public record WebhookDelivery(String eventId, String subscriptionId, String type, String event, int attempt,
        boolean duplicate, int status, Outcome outcome, Instant at) {

    /** What became of an attempt. */
    public enum Outcome {
        /** Answered 2xx within a second: the event is delivered. */
        DELIVERED,
        /** Answered otherwise, or not within a second: it is tried again later, if attempts are left. */
        FAILED,
        /** Failed on its last attempt: the event is not sent again. */
        GAVE_UP,
        /** Lost on purpose (a fault): never sent. */
        DROPPED,
        /** Not sent because the callback URL is not on this machine: the emulator sends to loopback only. */
        NOT_LOOPBACK
    }
}
