package io.camelqonto.client.error;

import java.util.List;

/**
 * The SCA session was denied, expired, or was not decided within the configured wait. Nothing was
 * executed; the session token is kept so that an operator can check the session.
 */
public class QontoScaDeniedException extends QontoException {

    /** The session's token. */
    private final String scaSessionToken;
    /** Whether the wait ran out while the session was undecided. */
    private final boolean timedOut;

    /**
     * @param message         what failed
     * @param status          the HTTP status Qonto answered with, or 0 when the wait ran out
     * @param errors          Qonto's error entries
     * @param traceId         Qonto's trace id, or null
     * @param scaSessionToken the session's token
     * @param timedOut        true when the wait ran out while the session was undecided
     */
    public QontoScaDeniedException(String message, int status, List<QontoError> errors, String traceId,
            String scaSessionToken, boolean timedOut) {
        super(message, status, errors, traceId);
        this.scaSessionToken = scaSessionToken;
        this.timedOut = timedOut;
    }

    /** {@return the session's token, for an operator to check the session} */
    public String scaSessionToken() {
        return scaSessionToken;
    }

    /** {@return true when the wait ran out while the session was still undecided} */
    public boolean timedOut() {
        return timedOut;
    }
}
