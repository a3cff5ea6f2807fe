package io.camelqonto.emulator.internal.sca;

import io.camelqonto.emulator.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an SCA session is bound to (PSD2 dynamic linking): method, path and body. JSON bodies are compared
 * by value, so a client that re-serialises the same body with another key order still matches. Headers are
 * not part of it: the replay adds the session token and may carry a new idempotency key.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String method, String path, String body) {
        String canonicalBody = Json.parse(body).map(Json::canonical).orElse(body == null ? "" : body);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((method + "\n" + path + "\n" + canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
