package io.camelqonto.client.error;

import java.util.List;

/**
 * HTTP 428 {@code sca_required}: the action waits for Strong Customer Authentication. The session
 * token and the idempotency key let a caller resume later: once the session is allowed, replay the
 * identical request with both and Qonto executes it exactly once.
 */
public class QontoScaRequiredException extends QontoException {

    /** The session the user has to approve. */
    private final String scaSessionToken;
    /** The kind of action waiting, as Qonto names it. */
    private final String actionType;
    /** The key the replay must carry. */
    private final String idempotencyKey;

    /**
     * @param message         what waits for SCA
     * @param errors          Qonto's error entries
     * @param traceId         Qonto's trace id, or null
     * @param scaSessionToken the session the user has to approve
     * @param actionType      the kind of action waiting, as Qonto names it
     * @param idempotencyKey  the key the replay must carry
     */
    public QontoScaRequiredException(String message, List<QontoError> errors, String traceId, String scaSessionToken,
            String actionType, String idempotencyKey) {
        super(message, 428, errors, traceId);
        this.scaSessionToken = scaSessionToken;
        this.actionType = actionType;
        this.idempotencyKey = idempotencyKey;
    }

    /** {@return the session the user has to approve; the replay carries it} */
    public String scaSessionToken() {
        return scaSessionToken;
    }

    /** {@return the kind of action waiting for SCA, as Qonto names it} */
    public String actionType() {
        return actionType;
    }

    /** {@return the idempotency key the replay must carry, so Qonto executes the action once} */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
