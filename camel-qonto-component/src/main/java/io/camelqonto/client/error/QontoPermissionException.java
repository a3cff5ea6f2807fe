package io.camelqonto.client.error;

import java.util.List;
import java.util.Locale;

/** HTTP 403: authenticated, but not allowed; most often an OAuth scope the app was not granted. */
public class QontoPermissionException extends QontoException {

    /**
     * @param message what failed, without credentials or full IBANs
     * @param status  the HTTP status Qonto answered with
     * @param errors  Qonto's error entries
     * @param traceId Qonto's trace id, or null
     */
    public QontoPermissionException(String message, int status, List<QontoError> errors, String traceId) {
        super(message, status, errors, traceId);
    }

    /** {@return whether Qonto said a required OAuth scope is missing} */
    public boolean isMissingScope() {
        return errors().stream().anyMatch(e -> e.detail() != null
                && e.detail().toLowerCase(Locale.ROOT).contains("missing required oauth scope"));
    }
}
