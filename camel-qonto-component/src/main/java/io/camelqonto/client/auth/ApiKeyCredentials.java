package io.camelqonto.client.auth;

import java.util.Objects;

/**
 * Qonto API key: sent raw as {@code Authorization: login:secret-key} (not Basic, not Bearer).
 * Read access mostly; payments and approvals need OAuth.
 *
 * @param login     the organization's login
 * @param secretKey the secret key
 */
public record ApiKeyCredentials(String login, String secretKey) implements QontoCredentials {

    /**
     * Requires both parts.
     *
     * @param login     the organization's login
     * @param secretKey the secret key
     */
    public ApiKeyCredentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    /** {@return the value of the {@code Authorization} header} */
    public String authorizationHeader() {
        return login + ":" + secretKey;
    }

    @Override
    public String toString() {
        return "ApiKeyCredentials[login=" + login + ", secretKey=******]";
    }
}
