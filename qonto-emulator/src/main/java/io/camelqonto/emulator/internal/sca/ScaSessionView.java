package io.camelqonto.emulator.internal.sca;

import java.time.Instant;

/** A snapshot of a session for callers outside this package. An expired session reads as denied. */
public record ScaSessionView(
        String token,
        String recoveryToken,
        String actionType,
        String fingerprint,
        String result,
        boolean consumed,
        int polls,
        Instant expiresAt) {

    /** The tokens authorise a payment: they are left out. */
    @Override
    public String toString() {
        return "ScaSessionView[actionType=" + actionType + ", result=" + result + ", consumed=" + consumed
                + ", polls=" + polls + ", expiresAt=" + expiresAt + "]";
    }
}
