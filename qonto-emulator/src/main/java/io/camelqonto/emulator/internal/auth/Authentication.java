package io.camelqonto.emulator.internal.auth;

/** The result of reading a request's {@code Authorization} header. */
public sealed interface Authentication {

    record Accepted(Principal principal) implements Authentication {
    }

    /** Ends in a 401 with this error {@code code} and {@code detail}. */
    record Rejected(String code, String detail) implements Authentication {
    }
}
