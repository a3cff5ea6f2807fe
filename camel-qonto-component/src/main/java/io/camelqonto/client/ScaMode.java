package io.camelqonto.client;

/** What the client does when Qonto answers 428 and asks for Strong Customer Authentication. */
public enum ScaMode {
    /** Throw {@link io.camelqonto.client.error.QontoScaRequiredException} with the session token, so the caller can resume later. */
    FAIL,
    /** Poll the SCA session (at most once per second) until it is allowed, then replay the identical request. */
    WAIT,
    /** Sandbox and emulator: approve the session through the mock endpoint, then replay. Never use in production. */
    MOCK
}
