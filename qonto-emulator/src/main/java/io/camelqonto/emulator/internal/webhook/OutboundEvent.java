package io.camelqonto.emulator.internal.webhook;

/**
 * One event for one subscription, ready to be signed and sent: the envelope's bytes are fixed when the event
 * happens, the signature when each attempt goes out.
 */
public record OutboundEvent(String eventId, String subscriptionId, String type, String event, String callbackUrl,
        String secret, byte[] body) {

    /** The secret signs deliveries: it stays out of logs. */
    @Override
    public String toString() {
        return "OutboundEvent[" + eventId + " " + type + " " + event + " for " + subscriptionId + "]";
    }
}
