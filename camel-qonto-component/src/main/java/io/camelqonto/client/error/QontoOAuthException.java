package io.camelqonto.client.error;

import java.util.List;

/**
 * The OAuth token endpoint refused to issue a token, e.g. {@code invalid_grant} for an expired,
 * revoked or already rotated refresh token: the user has to consent again.
 */
public class QontoOAuthException extends QontoAuthenticationException {

    /** The OAuth error code, or null. */
    private final String oauthError;

    /**
     * @param message    what failed
     * @param status     the HTTP status of the token endpoint
     * @param oauthError the OAuth error code, e.g. {@code invalid_grant}, or null
     */
    public QontoOAuthException(String message, int status, String oauthError) {
        super(message + (oauthError == null ? "" : " (" + oauthError + ")"), status, List.of(), null);
        this.oauthError = oauthError;
    }

    /** {@return the OAuth error code, e.g. {@code invalid_grant}, or null} */
    public String oauthError() {
        return oauthError;
    }
}
