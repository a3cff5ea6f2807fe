package io.camelqonto.emulator.internal.domain;

import io.camelqonto.emulator.internal.RandomTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Verification of Payee. The outcome is read from the name, so that tests can ask for each one:
 * "close" gives a close match, "nomatch" or "unknown" no match, "unavailable" a bank that cannot answer,
 * anything else a match. Every outcome issues a proof token, valid 23 hours for that IBAN. A bulk verification (or
 * a skipped one) issues one token for its whole set of IBANs, which only a bulk transfer to that very set may use.
 */
public final class PayeeVerification {

    static final Duration TOKEN_VALIDITY = Duration.ofHours(23);

    private final Supplier<Instant> now;
    private final Map<String, Proof> proofs = new HashMap<>();

    PayeeVerification(Supplier<Instant> now) {
        this.now = now;
    }

    public Outcome verify(String iban, String name) {
        String token = issue(Set.of(Iban.normalize(iban)));
        return outcome(name, token);
    }

    /** One outcome per payee, in order, all carrying the one token issued for the set of their IBANs. */
    public List<Outcome> verifyAll(List<Payee> payees) {
        String token = issue(ibans(payees));
        return payees.stream().map(payee -> outcome(payee.name(), token)).toList();
    }

    /** No verification, only the token a bulk transfer to these payees needs: Qonto keeps the set for audit. */
    public String skip(List<Payee> payees) {
        return issue(ibans(payees));
    }

    private String issue(Set<String> ibans) {
        String token = "vop_" + RandomTokens.base64Url(32);
        proofs.put(token, new Proof(ibans, now.get().plus(TOKEN_VALIDITY)));
        return token;
    }

    private static Set<String> ibans(List<Payee> payees) {
        return payees.stream().map(payee -> Iban.normalize(payee.iban())).collect(Collectors.toUnmodifiableSet());
    }

    private static Outcome outcome(String name, String token) {
        String lower = name.toLowerCase(Locale.ROOT);
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

    /** Whether a transfer to {@code iban} may use this proof: one issued for that IBAN alone. */
    public boolean accepts(String token, String iban) {
        return acceptsAll(token, Set.of(Iban.normalize(iban)));
    }

    /** Whether a bulk transfer to exactly these IBANs may use this proof. */
    public boolean acceptsAll(String token, Set<String> ibans) {
        Proof proof = proofs.get(token);
        Set<String> wanted = ibans.stream().map(Iban::normalize).collect(Collectors.toUnmodifiableSet());
        return proof != null && proof.ibans().equals(wanted) && now.get().isBefore(proof.expiresAt());
    }

    /** The name the bank holds for a close match: the given one without the trigger word. */
    private static String correctedName(String name) {
        String corrected = name.replaceAll("(?i)close", " ").replaceAll("\\s+", " ").trim();
        return corrected.isEmpty() ? name.toUpperCase(Locale.ROOT) : corrected;
    }

    /** @param matchedName null when there is no (usable) match */
    public record Outcome(String matchResult, String matchedName, String proofToken) {
    }

    /** A payee of a bulk verification. */
    public record Payee(String name, String iban) {
    }

    private record Proof(Set<String> ibans, Instant expiresAt) {
    }
}
