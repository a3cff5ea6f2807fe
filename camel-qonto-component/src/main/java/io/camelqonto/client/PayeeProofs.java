package io.camelqonto.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import io.camelqonto.model.Iban;
import io.camelqonto.model.PayeeVerification;

/**
 * The Verifications of Payee a client made, kept to be used again: Qonto's proof stays valid 23 hours whatever the
 * result, for the IBAN and name it was asked for, so a second transfer to the same payee needs no second verification.
 * A proof is handed out only while it has more life left than a transfer may take (its whole call, and a wait for
 * SCA), and is dropped as soon as Qonto refuses it.
 *
 * <p>Bounded: beyond {@value #CAPACITY} payees the one used longest ago is forgotten. It holds IBANs and names, so
 * nothing of it is ever logged or printed. Thread-safe.</p>
 */
final class PayeeProofs {

    /** How long Qonto accepts a proof after the verification that issued it. */
    static final Duration VALIDITY = Duration.ofHours(23);
    static final int CAPACITY = 1000;

    private final long usableNanos;
    private final LongSupplier clock;
    private final Map<Payee, Proof> proofs = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Payee, Proof> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @param transferTime the longest a transfer may take once it has its proof: it must still be valid on arrival
     * @param clock        nanoseconds, as {@link System#nanoTime()}
     */
    PayeeProofs(Duration transferTime, LongSupplier clock) {
        this.usableNanos = Math.max(0, VALIDITY.minus(transferTime).toNanos());
        this.clock = clock;
    }

    /** The verification of this payee that is still good to send, or null. */
    synchronized PayeeVerification usable(String iban, String name) {
        Payee payee = new Payee(Iban.normalize(iban), name);
        Proof proof = proofs.get(payee);
        if (proof == null) {
            return null;
        }
        if (clock.getAsLong() - proof.verifiedAt() >= usableNanos) {
            proofs.remove(payee);
            return null;
        }
        return proof.verification();
    }

    /** Keeps a verification that carries a proof, as of {@code verifiedAt} (taken before it was asked for). */
    synchronized void keep(String iban, String name, PayeeVerification verification, long verifiedAt) {
        if (verification.proofToken() != null) {
            proofs.put(new Payee(Iban.normalize(iban), name), new Proof(verification, verifiedAt));
        }
    }

    /** Forgets the proof with this token: Qonto refused it. */
    synchronized void forget(String token) {
        Iterator<Proof> kept = proofs.values().iterator();
        while (kept.hasNext()) {
            if (token.equals(kept.next().verification().proofToken())) {
                kept.remove();
            }
        }
    }

    long now() {
        return clock.getAsLong();
    }

    /** The IBAN and the name a proof was issued for. */
    private record Payee(String iban, String name) {
        @Override
        public String toString() {
            return "Payee[...]";
        }
    }

    private record Proof(PayeeVerification verification, long verifiedAt) {
    }
}
