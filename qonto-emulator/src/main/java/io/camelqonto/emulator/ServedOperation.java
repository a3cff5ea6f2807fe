package io.camelqonto.emulator;

/**
 * One operation the emulator serves, with the rules it applies as Qonto does: a client's conformance test compares
 * its own catalog with these.
 *
 * @param method     HTTP method
 * @param path       path template with {@code {name}} placeholders, e.g. {@code /v2/transactions/{id}}
 * @param scope      the OAuth scope a bearer token needs, or null when any authenticated caller may call it
 * @param oauthOnly  whether an API key is refused
 * @param idempotent whether {@code X-Qonto-Idempotency-Key} is required
 */
public record ServedOperation(String method, String path, String scope, boolean oauthOnly, boolean idempotent) {
}
