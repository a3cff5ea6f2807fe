package io.camelqonto.client.error;

import java.util.List;

/**
 * The sandbox answered with its HTML login page instead of JSON: the {@code X-Qonto-Staging-Token}
 * is missing or invalid.
 */
public class QontoStagingTokenException extends QontoException {

    /** @param status the HTTP status of the HTML answer */
    public QontoStagingTokenException(int status) {
        super("Qonto sandbox answered with an HTML page: staging token missing or invalid", status, List.of(), null);
    }
}
