package io.camelqonto.emulator.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Qonto's {@code X-Qonto-Signature}: {@code t=<unix seconds>,v1=<hex>}, where {@code v1} is the lowercase hex
 * HMAC-SHA256 of {@code "<t>.<raw body>"} keyed with the subscription's secret as text.
 */
public final class WebhookSigner {

    public static final String HEADER = "X-Qonto-Signature";

    private WebhookSigner() {
    }

    public static String header(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
