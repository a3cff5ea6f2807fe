package io.camelqonto.client.auth;

/** How the client authenticates: an API key, or OAuth 2 tokens. */
public sealed interface QontoCredentials permits ApiKeyCredentials, OAuthCredentials {
}
