package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.sca.RequestFingerprint;
import io.camelqonto.emulator.internal.sca.ScaSessionView;
import io.camelqonto.emulator.internal.sca.ScaSessions;

/**
 * Strong Customer Authentication of sensitive calls. The first call gets a 428 challenge with a session
 * token; once the session is allowed, the identical call replayed with the token goes through, once.
 */
public final class ScaGate {

    public static final String SESSION_TOKEN_HEADER = "X-Qonto-Sca-Session-Token";
    public static final String PREFERENCE_HEADER = "X-Qonto-2fa-Preference";

    private final ScaSessions sessions;
    private final boolean sandbox;

    public ScaGate(ScaSessions sessions, boolean sandbox) {
        this.sessions = sessions;
        this.sandbox = sandbox;
    }

    /**
     * Returns when the call may proceed, having used up its session; otherwise throws the response to send.
     *
     * @param actionType what Qonto calls the operation in the challenge, e.g. {@code transfer.single.create}
     */
    public void authorize(ApiRequest request, String actionType) {
        if (!sessions.required()) {
            return;
        }
        String fingerprint = RequestFingerprint.of(request.method(), request.path(), request.body());
        String token = request.header(SESSION_TOKEN_HEADER).orElse(null);
        if (token == null) {
            // Sandbox organizations cannot pair a phone: only the mocked method can answer a challenge there.
            if (sandbox && !"mock".equalsIgnoreCase(request.header(PREFERENCE_HEADER).orElse(""))) {
                throw flat(Json.object().put("code", "sca_not_enrolled")
                        .put("message", "You must enable SCA to perform this action"));
            }
            throw challenge(sessions.open(actionType, fingerprint));
        }
        ScaSessionView session = sessions.find(token).orElseThrow(ScaGate::bindingMismatch);
        if (session.consumed()) {
            throw bindingMismatch();
        }
        if (sessions.isExpired(token)) {
            throw invalidSession("The SCA session has expired");
        }
        if (!session.fingerprint().equals(fingerprint)) {
            throw bindingMismatch();
        }
        switch (session.result()) {
            case ScaSessions.ALLOW -> sessions.consume(token);
            case ScaSessions.DENY -> throw invalidSession("The SCA session was denied");
            default -> throw challenge(session);
        }
    }

    private static ApiException challenge(ScaSessionView session) {
        return flat(Json.object()
                .put("code", "sca_required")
                .put("message", "SCA required")
                .put("action_type", session.actionType())
                .put("sca_session_token", session.token())
                .put("sca_recovery_token", session.recoveryToken()));
    }

    /** 428 bodies are flat, not JSON:API. */
    private static ApiException flat(ObjectNode body) {
        return new ApiException(ApiResponse.json(428, body));
    }

    /** What Qonto answers for a token that does not authorise this exact call (any more). */
    private static ApiException bindingMismatch() {
        return new ApiException(ApiResponse.json(422,
                Json.object().set("errors", Json.object().put("message", "Not found"))));
    }

    private static ApiException invalidSession(String detail) {
        return QontoErrors.of(412, "sca_session_invalid", detail);
    }
}
