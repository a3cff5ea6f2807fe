package io.camelqonto.emulator.internal.files;

import io.camelqonto.emulator.internal.RandomTokens;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.QueryParams;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links to files that work without credentials for a while, like the pre-signed S3 URLs Qonto hands out for
 * statements and attachments: the path and an expiry, signed with a key only this emulator knows.
 */
public final class PresignedUrls {

    /** How long Qonto's file links stay valid. */
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final Supplier<String> ownBaseUrl;
    private final byte[] key = RandomTokens.base64Url(32).getBytes(StandardCharsets.US_ASCII);

    /** @param ownBaseUrl the emulator's base URL, for a request that does not say which host it called */
    public PresignedUrls(Clock clock, Supplier<String> ownBaseUrl) {
        this.clock = clock;
        this.ownBaseUrl = ownBaseUrl;
    }

    /** An absolute link to {@code path} on the host the request was sent to, valid from now on. */
    public String link(ApiRequest request, String path) {
        long expires = clock.instant().plus(VALIDITY).getEpochSecond();
        String base = request.header("Host").map(host -> "http://" + host).orElseGet(ownBaseUrl);
        return base + path + "?expires=" + expires + "&signature=" + signature(path, expires);
    }

    /** Why a request for a file is refused, if it is. */
    public Optional<Refusal> check(ApiRequest request) {
        QueryParams query = request.query();
        Optional<String> expires = query.first("expires");
        Optional<String> signature = query.first("signature");
        if (expires.isEmpty() || signature.isEmpty()) {
            return Optional.of(Refusal.MISSING_SIGNATURE);
        }
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires.get());
        } catch (NumberFormatException e) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        // Constant time: the comparison must not tell how much of a guessed signature is right.
        boolean signed = "GET".equals(request.method()) && MessageDigest.isEqual(
                signature(request.path(), expiresAt).getBytes(StandardCharsets.US_ASCII),
                signature.get().getBytes(StandardCharsets.US_ASCII));
        if (!signed) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(expiresAt))) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /** The ways a file request fails, with the error S3 answers each with. */
    public enum Refusal {
        MISSING_SIGNATURE("AccessDenied",
                "Query-string authentication requires the signature and expires parameters"),
        BAD_SIGNATURE("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided"),
        EXPIRED("AccessDenied", "Request has expired");

        private final String code;
        private final String message;

        Refusal(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }
}
