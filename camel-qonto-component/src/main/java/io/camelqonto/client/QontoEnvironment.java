package io.camelqonto.client;

/** Qonto's two environments: the API host and the OAuth token endpoint of each. */
public enum QontoEnvironment {
    /** Qonto's live API: real accounts, real money. */
    PRODUCTION("https://thirdparty.qonto.com", "https://oauth.qonto.com/oauth2/token"),
    /** Needs a staging token ({@code X-Qonto-Staging-Token}) on every call, the token endpoint included. */
    SANDBOX("https://thirdparty-sandbox.staging.qonto.co", "https://oauth-sandbox.staging.qonto.co/oauth2/token");

    private final String apiBaseUrl;
    private final String tokenUrl;

    QontoEnvironment(String apiBaseUrl, String tokenUrl) {
        this.apiBaseUrl = apiBaseUrl;
        this.tokenUrl = tokenUrl;
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
