package io.camelqonto.client.error;

import java.util.List;

/**
 * HTTP 428 {@code sca_required}: the action waits for Strong Customer Authentication. The session
 * token and the idempotency key let a caller resume later: once the session is allowed, replay the
 * identical request with both and Qonto executes it exactly once.
 */
public class QontoScaRequiredException extends QontoException {

    private final String scaSessionToken;
    private final String actionType;
    private final String idempotencyKey;

    public QontoScaRequiredException(String message, List<QontoError> errors, String traceId, String scaSessionToken,
            String actionType, String idempotencyKey) {
        super(message, 428, errors, traceId);
        this.scaSessionToken = scaSessionToken;
        this.actionType = actionType;
        this.idempotencyKey = idempotencyKey;
    }

    public String scaSessionToken() {
        return scaSessionToken;
    }

    public String actionType() {
        return actionType;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
