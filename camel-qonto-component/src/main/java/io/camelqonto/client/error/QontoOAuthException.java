package io.camelqonto.client.error;

import java.util.List;

/**
 * The OAuth token endpoint refused to issue a token, e.g. {@code invalid_grant} for an expired,
 * revoked or already rotated refresh token: the user has to consent again.
 */
public class QontoOAuthException extends QontoAuthenticationException {

    private final String oauthError;

    public QontoOAuthException(String message, int status, String oauthError) {
        super(message + (oauthError == null ? "" : " (" + oauthError + ")"), status, List.of(), null);
        this.oauthError = oauthError;
    }

    public String oauthError() {
        return oauthError;
    }
}
