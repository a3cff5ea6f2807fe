package io.camelqonto.client.error;

import java.util.List;

/**
 * The SCA session was denied, expired, or was not decided within the configured wait. Nothing was
 * executed; the session token is kept so that an operator can check the session.
 */
public class QontoScaDeniedException extends QontoException {

    private final String scaSessionToken;
    private final boolean timedOut;

    public QontoScaDeniedException(String message, int status, List<QontoError> errors, String traceId,
            String scaSessionToken, boolean timedOut) {
        super(message, status, errors, traceId);
        this.scaSessionToken = scaSessionToken;
        this.timedOut = timedOut;
    }

    public String scaSessionToken() {
        return scaSessionToken;
    }

    /** {@return true when the wait ran out while the session was still undecided} */
    public boolean timedOut() {
        return timedOut;
    }
}
