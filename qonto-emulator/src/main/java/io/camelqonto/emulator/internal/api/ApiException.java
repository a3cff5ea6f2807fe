package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.ApiResponse;

/** Ends the handling of a call with an error response. Control flow, so it carries no stack trace. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    public ApiException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }
}
