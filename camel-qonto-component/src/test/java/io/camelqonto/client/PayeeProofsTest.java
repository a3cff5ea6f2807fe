package io.camelqonto.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.camelqonto.model.PayeeVerification;

import static org.assertj.core.api.Assertions.assertThat;

/** Which earlier Verification of Payee a transfer may carry: same IBAN and name, and time left to arrive. */
class PayeeProofsTest {

    private static final String IBAN = "FR7630006000011234567890189";
    private static final Duration TRANSFER_TIME = Duration.ofMinutes(17);

    private final AtomicLong now = new AtomicLong(5_000);
    private final PayeeProofs proofs = new PayeeProofs(TRANSFER_TIME, now::get);

    private static PayeeVerification verified(String token) {
        return new PayeeVerification(PayeeVerification.MATCH, "Hooli Inc",
                token == null ? null : JsonNodeFactory.instance.objectNode().put("token", token), Map.of());
    }

    @Test
    void aProofServesTheSameIbanAndNameWhileATransferCanStillArriveInTime() {
        proofs.keep(IBAN, "Hooli Inc", verified("vop-1"), now.get());

        now.addAndGet(PayeeProofs.VALIDITY.minus(TRANSFER_TIME).toNanos() - 1);
        assertThat(proofs.usable("fr76 3000 6000 0112 3456 7890 189", "Hooli Inc").proofToken()).isEqualTo("vop-1");
        assertThat(proofs.usable(IBAN, "Hooli Incorporated")).isNull();
        assertThat(proofs.usable("DE89370400440532013000", "Hooli Inc")).isNull();

        now.incrementAndGet();
        assertThat(proofs.usable(IBAN, "Hooli Inc")).as("too old to reach Qonto before it expires").isNull();
    }

    @Test
    void aRefusedProofIsForgottenAndAVerificationWithoutProofIsNotKept() {
        proofs.keep(IBAN, "Hooli Inc", verified("vop-1"), now.get());
        proofs.keep(IBAN, "Pied Piper", verified(null), now.get());

        proofs.forget("vop-1");

        assertThat(proofs.usable(IBAN, "Hooli Inc")).isNull();
        assertThat(proofs.usable(IBAN, "Pied Piper")).isNull();
    }

    @Test
    void holdsAtMostItsCapacityForgettingThePayeeUsedLongestAgo() {
        proofs.keep(IBAN, "payee 0", verified("vop-0"), now.get());
        proofs.keep(IBAN, "payee 1", verified("vop-1"), now.get());
        for (int i = 2; i <= PayeeProofs.CAPACITY; i++) {
            assertThat(proofs.usable(IBAN, "payee 0")).isNotNull();
            proofs.keep(IBAN, "payee " + i, verified("vop-" + i), now.get());
        }

        assertThat(proofs.usable(IBAN, "payee 1")).isNull();
        assertThat(proofs.usable(IBAN, "payee 0")).isNotNull();
        assertThat(proofs.usable(IBAN, "payee " + PayeeProofs.CAPACITY)).isNotNull();
    }
}
