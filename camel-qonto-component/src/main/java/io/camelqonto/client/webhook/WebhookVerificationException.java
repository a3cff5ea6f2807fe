package io.camelqonto.client.webhook;

/** A webhook delivery that is refused: why, in words that never hold the secret or the body. */
public class WebhookVerificationException extends RuntimeException {

    /** Why a delivery is refused. */
    public enum Reason {
        /** No signature at all. */
        UNSIGNED,
        /** A signature header that cannot be read. */
        MALFORMED,
        /** Signed too long ago, or for a time to come: outside the tolerance. */
        STALE,
        /** The signature does not match: another secret, or a changed body. */
        FORGED,
        /** A signature already accepted: the same request sent again. */
        REPLAYED
    }

    /** Why the delivery is refused. */
    private final Reason reason;

    /**
     * A refused delivery.
     *
     * @param reason  why it is refused
     * @param message the details, without the secret or the body
     */
    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** {@return why the delivery is refused} */
    public Reason reason() {
        return reason;
    }
}
