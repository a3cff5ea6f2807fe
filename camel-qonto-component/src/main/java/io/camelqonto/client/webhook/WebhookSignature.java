package io.camelqonto.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Qonto's webhook signature, {@code X-Qonto-Signature: t=<unix seconds>,v1=<hex>}: {@code v1} is the HMAC-SHA256 of
 * {@code "<t>.<raw body>"} keyed with the subscription's secret. Verification works on the bytes as received (JSON
 * written again would not match), compares in constant time, and refuses a timestamp further than the tolerance
 * from now, so that a captured delivery cannot be sent again later.
 */
public final class WebhookSignature {

    /** The header Qonto signs each delivery in. */
    public static final String HEADER = "X-Qonto-Signature";
    /** Qonto's advice: five minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /**
     * The header value Qonto sends for this body at this time.
     *
     * @param secret      the subscription's secret
     * @param unixSeconds the time of signing, in seconds since the epoch
     * @param body        the body as sent
     * @return the value of {@link #HEADER}
     */
    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /**
     * Checks a delivery.
     *
     * @param header    the {@code X-Qonto-Signature} value, null when the request had none
     * @param body      the body exactly as received
     * @param secret    the subscription's secret
     * @param now       the time the delivery arrived
     * @param tolerance how far from now the signature's timestamp may be
     * @return the timestamp and signature that matched
     * @throws WebhookVerificationException saying why the delivery is refused; it never holds the secret
     */
    public static Verified verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        if (header == null || header.isBlank()) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.UNSIGNED,
                    HEADER + " is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            String key = equals < 0 ? part.trim() : part.substring(0, equals).trim();
            String value = equals < 0 ? "" : part.substring(equals + 1).trim();
            if (key.equals("t")) {
                timestamp = parseTimestamp(value);
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED,
                    HEADER + " must hold t=<unix seconds> and v1=<hex>");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.STALE,
                    "the signature's timestamp is " + age.toSeconds() + " s away from now, more than the "
                            + tolerance.toSeconds() + " s tolerated");
        }
        byte[] expected = hmac(secret, timestamp, body);
        for (String signature : signatures) {
            if (MessageDigest.isEqual(expected, hexOrEmpty(signature))) {
                return new Verified(timestamp, signature.toLowerCase(java.util.Locale.ROOT));
            }
        }
        throw new WebhookVerificationException(WebhookVerificationException.Reason.FORGED,
                "the signature does not match the body and the subscription's secret");
    }

    private static Long parseTimestamp(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value that is not hex compares as an empty array: unequal, and in the same time as any other. */
    private static byte[] hexOrEmpty(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * A signature that matched.
     *
     * @param timestamp the unix seconds it was made at
     * @param signature its {@code v1} value in lower case; the same value twice is the same request sent again
     */
    public record Verified(long timestamp, String signature) {
    }
}
