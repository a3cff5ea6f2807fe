package io.camelqonto.emulator.internal.sca;

import java.time.Instant;

/** The mutable state of one SCA challenge. Guarded by {@link ScaSessions}. */
final class SessionState {

    final String token;
    final String recoveryToken;
    final String actionType;
    final String fingerprint;
    final Instant expiresAt;
    String result = ScaSessions.WAITING;
    boolean consumed;
    int polls;

    SessionState(String token, String recoveryToken, String actionType, String fingerprint, Instant expiresAt) {
        this.token = token;
        this.recoveryToken = recoveryToken;
        this.actionType = actionType;
        this.fingerprint = fingerprint;
        this.expiresAt = expiresAt;
    }
}
