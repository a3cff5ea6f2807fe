package io.camelqonto.client;

import java.time.Instant;

import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.OAuthCredentials;

/** Supplies the {@code Authorization} header of API calls. */
interface AuthorizationSource {

    /** The header value for the next request. */
    String authorization();

    /**
     * Called once after Qonto answered 401 to {@code rejected}: obtains fresh credentials when that
     * is possible. Returns whether the call is worth sending again.
     */
    boolean renewAfterRejection(String rejected);

    /** When the credentials in use expire: null for an API key, and for a token not fetched or loaded yet. */
    default Instant expiresAt() {
        return null;
    }

    static AuthorizationSource of(QontoClientConfig config, HttpTransport transport) {
        if (config.credentials() instanceof ApiKeyCredentials apiKey) {
            String header = apiKey.authorizationHeader();
            return new AuthorizationSource() {
                @Override
                public String authorization() {
                    return header;
                }

                @Override
                public boolean renewAfterRejection(String rejected) {
                    // a refused API key stays refused
                    return false;
                }
            };
        }
        return new OAuthTokenManager((OAuthCredentials) config.credentials(), config, transport);
    }
}
