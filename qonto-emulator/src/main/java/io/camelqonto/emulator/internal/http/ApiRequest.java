package io.camelqonto.emulator.internal.http;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the emulator sees it, independent of the HTTP server that received it.
 *
 * @param headers header values by lower-case name
 * @param body the body as UTF-8 text
 * @param rawBody the body's bytes as received, for what is not text (the files of a multipart form)
 */
public record ApiRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        String body,
        byte[] rawBody,
        String clientIp,
        Instant receivedAt) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public QueryParams query() {
        return QueryParams.parse(rawQuery);
    }

    public boolean hasBody() {
        return body != null && !body.isBlank();
    }

    /** Headers and body carry credentials: they are left out. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + path + " from " + clientIp + "]";
    }
}
