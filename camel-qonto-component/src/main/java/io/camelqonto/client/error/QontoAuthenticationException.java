package io.camelqonto.client.error;

import java.util.List;

/** HTTP 401: the credentials were refused (wrong or revoked API key, expired or invalid OAuth token). */
public class QontoAuthenticationException extends QontoException {

    public QontoAuthenticationException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }
}
