package io.camelqonto.emulator;

import java.time.Instant;

/**
 * An SCA session the emulator opened for a sensitive call.
 *
 * @param actionType e.g. {@code transfer.single.create}, {@code request.approve}, {@code beneficiary.update}
 * @param result {@code waiting}, {@code allow} or {@code deny} (also once expired)
 * @param consumed whether a replay already used the session
 * @param polls how many times a client polled it
 */
public record ScaSession(String token, String actionType, String result, boolean consumed, int polls,
        Instant expiresAt) {

    /** The token authorises a payment: it is left out. */
    @Override
    public String toString() {
        return "ScaSession[actionType=" + actionType + ", result=" + result + ", consumed=" + consumed + ", polls="
                + polls + ", expiresAt=" + expiresAt + "]";
    }
}
