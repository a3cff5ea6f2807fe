package io.camelqonto.emulator.internal.gateway;

import io.camelqonto.emulator.internal.http.ApiResponse;

/** How a call ends: with a response, or with the connection closed and no response at all. */
public record Outcome(ApiResponse response) {

    public static Outcome respond(ApiResponse response) {
        return new Outcome(response);
    }

    public static Outcome drop() {
        return new Outcome(null);
    }

    public boolean dropped() {
        return response == null;
    }
}
