package io.camelqonto.client.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a request sent again from a new delivery. Qonto signs each attempt when it sends it, so a retry or a
 * duplicate of an event carries a signature of its own; the very same signature twice is someone replaying a
 * captured request. A signature is remembered only while its timestamp is within the tolerance: after that the
 * request is refused as stale anyway. Thread-safe.
 */
public final class ReplayGuard {

    private final Duration tolerance;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    /**
     * A guard that remembers signatures as long as they are not stale.
     *
     * @param tolerance the signature tolerance of the endpoint, e.g. {@link WebhookSignature#DEFAULT_TOLERANCE}
     */
    public ReplayGuard(Duration tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * Remembers a verified signature.
     *
     * @param verified the timestamp and signature that matched
     * @param now      the time the delivery arrived
     * @throws WebhookVerificationException when it was seen before
     */
    public void admit(WebhookSignature.Verified verified, Instant now) {
        long oldest = now.minus(tolerance).getEpochSecond();
        seen.values().removeIf(timestamp -> timestamp < oldest);
        if (seen.putIfAbsent(verified.signature(), verified.timestamp()) != null) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.REPLAYED,
                    "this signed request was received before");
        }
    }
}
