package io.camelqonto.emulator.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens. Deliberately not seeded: tokens are secrets, not test data. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes in unpadded base64url: 48 bytes give the 64 characters of an SCA token. */
    public static String base64Url(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
