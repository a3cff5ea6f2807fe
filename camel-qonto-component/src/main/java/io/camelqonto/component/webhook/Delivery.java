package io.camelqonto.component.webhook;

/**
 * What became of one event.
 *
 * @param reason  why it did not reach the route, in words safe to answer and log
 * @param failure the route's exception, when it failed there
 */
record Delivery(Outcome outcome, String reason, Exception failure) {

    enum Outcome {
        /** The route processed it without an exception. */
        DELIVERED,
        /** It reached the route before (a retry or a duplicate of the event, or found by the gap-fill poll). */
        DUPLICATE,
        /** The endpoint's filters or cursor leave it out. */
        SKIPPED,
        /** The route failed on it: it is forgotten, so that Qonto's next try delivers it. */
        FAILED,
        /** It cannot be read; trying again would not help. */
        REFUSED
    }

    static Delivery delivered() {
        return new Delivery(Outcome.DELIVERED, null, null);
    }

    static Delivery duplicate(String reason) {
        return new Delivery(Outcome.DUPLICATE, reason, null);
    }

    static Delivery skipped(String reason) {
        return new Delivery(Outcome.SKIPPED, reason, null);
    }

    static Delivery failed(Exception failure) {
        return new Delivery(Outcome.FAILED, "the route failed on it", failure);
    }

    static Delivery refused(String reason) {
        return new Delivery(Outcome.REFUSED, reason, null);
    }

    /** Whether the event needs no further delivery. */
    boolean settled() {
        return outcome != Outcome.FAILED && outcome != Outcome.REFUSED;
    }
}
