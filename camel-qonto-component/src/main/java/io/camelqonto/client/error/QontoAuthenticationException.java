package io.camelqonto.client.error;

import java.util.List;

/** HTTP 401: the credentials were refused (wrong or revoked API key, expired or invalid OAuth token). */
public class QontoAuthenticationException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoAuthenticationException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
