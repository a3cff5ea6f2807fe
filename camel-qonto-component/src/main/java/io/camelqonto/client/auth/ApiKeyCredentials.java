package io.camelqonto.client.auth;

import java.util.Objects;

/**
 * Qonto API key: sent raw as {@code Authorization: login:secret-key} (not Basic, not Bearer).
 * Read access mostly; payments and approvals need OAuth.
 */
public record ApiKeyCredentials(String login, String secretKey) implements QontoCredentials {

    public ApiKeyCredentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    public String authorizationHeader() {
        return login + ":" + secretKey;
    }

    @Override
    public String toString() {
        return "ApiKeyCredentials[login=" + login + ", secretKey=******]";
    }
}
