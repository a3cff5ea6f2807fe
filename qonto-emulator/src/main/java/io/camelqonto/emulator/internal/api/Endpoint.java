package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.ApiResponse;

/**
 * One operation of the emulated API and the rules the dispatcher applies before its handler runs.
 *
 * @param scope the OAuth scope a bearer token needs, or null when any authenticated caller may call it
 * @param oauthOnly whether an API key is refused (Qonto keeps writes and VoP to OAuth apps)
 * @param idempotent whether {@code X-Qonto-Idempotency-Key} is required and successful responses are replayed
 */
public record Endpoint(
        String method,
        PathTemplate path,
        String scope,
        boolean oauthOnly,
        boolean idempotent,
        Handler handler) {

    /** Open to API keys and to bearer tokens with the scope. */
    public static Endpoint anyAuth(String method, String path, String scope, Handler handler) {
        return new Endpoint(method, new PathTemplate(path), scope, false, false, handler);
    }

    /** Refused to API keys: Qonto keeps writes and VoP to OAuth apps. */
    public static Endpoint oauthOnly(String method, String path, String scope, Handler handler) {
        return new Endpoint(method, new PathTemplate(path), scope, true, false, handler);
    }

    /** OAuth only, and requires an idempotency key. */
    public static Endpoint oauthOnlyIdempotent(String method, String path, String scope, Handler handler) {
        return new Endpoint(method, new PathTemplate(path), scope, true, true, handler);
    }

    /** The code of an operation. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiCall call);
    }
}
