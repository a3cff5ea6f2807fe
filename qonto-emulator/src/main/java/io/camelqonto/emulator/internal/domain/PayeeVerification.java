package io.camelqonto.emulator.internal.domain;

import io.camelqonto.emulator.internal.RandomTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Verification of Payee. The outcome is read from the name, so that tests can ask for each one:
 * "close" gives a close match, "nomatch" or "unknown" no match, "unavailable" a bank that cannot answer,
 * anything else a match. Every outcome issues a proof token, valid 23 hours for that IBAN.
 */
public final class PayeeVerification {

    static final Duration TOKEN_VALIDITY = Duration.ofHours(23);

    private final Supplier<Instant> now;
    private final Map<String, Proof> proofs = new HashMap<>();

    PayeeVerification(Supplier<Instant> now) {
        this.now = now;
    }

    public Outcome verify(String iban, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String token = "vop_" + RandomTokens.base64Url(32);
        proofs.put(token, new Proof(Iban.normalize(iban), now.get().plus(TOKEN_VALIDITY)));
        if (lower.contains("nomatch") || lower.contains("unknown")) {
            return new Outcome("MATCH_RESULT_NO_MATCH", null, token);
        }
        if (lower.contains("unavailable")) {
            return new Outcome("MATCH_RESULT_NOT_POSSIBLE", null, token);
        }
        if (lower.contains("close")) {
            return new Outcome("MATCH_RESULT_CLOSE_MATCH", correctedName(name), token);
        }
        return new Outcome("MATCH_RESULT_MATCH", name, token);
    }

    /** Whether a transfer to {@code iban} may use this proof. */
    public boolean accepts(String token, String iban) {
        Proof proof = proofs.get(token);
        return proof != null && proof.iban().equals(Iban.normalize(iban)) && now.get().isBefore(proof.expiresAt());
    }

    /** The name the bank holds for a close match: the given one without the trigger word. */
    private static String correctedName(String name) {
        String corrected = name.replaceAll("(?i)close", " ").replaceAll("\\s+", " ").trim();
        return corrected.isEmpty() ? name.toUpperCase(Locale.ROOT) : corrected;
    }

    /** @param matchedName null when there is no (usable) match */
    public record Outcome(String matchResult, String matchedName, String proofToken) {
    }

    private record Proof(String iban, Instant expiresAt) {
    }
}
