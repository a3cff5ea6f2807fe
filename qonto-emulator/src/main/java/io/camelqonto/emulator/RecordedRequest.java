package io.camelqonto.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An API or OAuth call as it reached the emulator.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query string, or null when there was none
 * @param headers header values by lower-case name
 * @param body the request body, or null when there was none
 * @param receivedAt when the emulator received the call
 * @param status the status of the response sent, or 0 when the connection was dropped without a response
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        Instant receivedAt,
        int status) {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-qonto-staging-token",
            "x-qonto-sca-session-token", "x-qonto-mfa");
    /** The credentials an OAuth form body carries, e.g. {@code client_secret=...&refresh_token=...}. */
    private static final Pattern SECRET_FORM_FIELDS = Pattern.compile(
            "(^|&)(client_secret|refresh_token|code|code_verifier|token)=[^&]*");

    /**
     * Keeps its own copy of the headers.
     *
     * @param method the HTTP method
     * @param path the path, without the query
     * @param query the raw query string, or null when there was none
     * @param headers header values by lower-case name
     * @param body the request body, or null when there was none
     * @param receivedAt when the emulator received the call
     * @param status the status of the response sent, or 0 when the connection was dropped without a response
     */
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a header, whatever the case of the name asked for.
     *
     * @param name the header name
     * @return its first value, or empty when the call had no such header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Without the values of credential headers and of the credentials in OAuth form bodies, so that a failing
     * assertion does not print secrets.
     */
    @Override
    public String toString() {
        String shownHeaders = headers.entrySet().stream()
                .map(h -> h.getKey() + "=" + (SECRET_HEADERS.contains(h.getKey()) ? "[hidden]" : h.getValue()))
                .sorted()
                .collect(Collectors.joining(", ", "{", "}"));
        return "RecordedRequest[" + method + " " + path + (query == null ? "" : "?" + query) + " -> " + status
                + ", receivedAt=" + receivedAt + ", headers=" + shownHeaders + ", body=" + shownBody() + "]";
    }

    private String shownBody() {
        return body == null ? null : SECRET_FORM_FIELDS.matcher(body).replaceAll("$1$2=[hidden]");
    }
}
