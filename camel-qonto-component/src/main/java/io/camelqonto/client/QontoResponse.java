package io.camelqonto.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of Qonto.
 *
 * @param status  HTTP status (200, 201 or 204)
 * @param headers response headers, names in lower case
 * @param json    the parsed body, or null for an empty answer
 * @param traceId Qonto's trace id ({@code X-Tyk-Trace-Id}), when sent
 */
public record QontoResponse(int status, Map<String, List<String>> headers, JsonNode json, String traceId) {

    /**
     * First value of a header, by case-insensitive name.
     *
     * @param name the header name
     * @return its first value, or null when the answer has no such header
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
