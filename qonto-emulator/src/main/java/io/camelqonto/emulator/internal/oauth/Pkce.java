package io.camelqonto.emulator.internal.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636), S256 only: the challenge is the base64url SHA-256 of the verifier. */
final class Pkce {

    static final String S256 = "S256";

    private Pkce() {
    }

    /** Whether the verifier answers the challenge; with no challenge, only the absence of a verifier does. */
    static boolean answers(String challenge, String verifier) {
        if (challenge == null) {
            return verifier == null;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            // constant time: a timing must not tell how much of a guessed verifier is right
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
