package io.camelqonto.client.error;

import java.util.List;

/**
 * HTTP 428 {@code sca_not_enrolled}: the user has no SCA method. A configuration problem, not a
 * challenge: there is no session to wait for. In the sandbox, use the {@code mock} SCA mode.
 */
public class QontoScaNotEnrolledException extends QontoException {

    /**
     * @param message what failed
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoScaNotEnrolledException(String message, List<QontoError> errors, String traceId) {
        super(message, 428, errors, traceId);
    }
}
