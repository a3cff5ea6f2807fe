package io.camelqonto.client;

/** Qonto's two environments: the API host and the OAuth endpoints of each. */
public enum QontoEnvironment {
    /** Qonto's live API: real accounts, real money. */
    PRODUCTION("https://thirdparty.qonto.com", "https://oauth.qonto.com/oauth2/token",
            "https://oauth.qonto.com/oauth2/auth"),
    /** Needs a staging token ({@code X-Qonto-Staging-Token}) on every call, the token endpoint included. */
    SANDBOX("https://thirdparty-sandbox.staging.qonto.co", "https://oauth-sandbox.staging.qonto.co/oauth2/token",
            "https://oauth-sandbox.staging.qonto.co/oauth2/auth");

    private final String apiBaseUrl;
    private final String tokenUrl;
    private final String authorizationUrl;

    QontoEnvironment(String apiBaseUrl, String tokenUrl, String authorizationUrl) {
        this.apiBaseUrl = apiBaseUrl;
        this.tokenUrl = tokenUrl;
        this.authorizationUrl = authorizationUrl;
    }

    /** {@return the OAuth 2 authorization endpoint, which the user's browser opens to consent} */
    public String authorizationUrl() {
        return authorizationUrl;
    }

    /** {@return the API host; paths start with {@code /v2}} */
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    /** {@return the OAuth 2 token endpoint} */
    public String tokenUrl() {
        return tokenUrl;
    }
}
