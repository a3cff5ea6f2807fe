package io.camelqonto.emulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response ready to be written. Immutable, so that the idempotency cache can hand the same instance out
 * again: a JSON body is serialised when the response is built.
 */
public final class ApiResponse {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String TRACE_ID_HEADER = "X-Tyk-Trace-Id";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final ObjectNode error;
    private final Map<String, String> headers;

    private ApiResponse(int status, String contentType, byte[] body, ObjectNode error, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, JsonNode body) {
        ObjectNode error = status >= 400 && body.isObject() ? (ObjectNode) body.deepCopy() : null;
        return new ApiResponse(status, JSON, Json.bytes(body), error, Map.of());
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, new byte[0], null, Map.of());
    }

    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body.clone(), null, Map.of());
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiResponse redirect(String location) {
        return empty(302).withHeader("Location", location);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, error, copy);
    }

    /** Every response carries the gateway's trace id; JSON error bodies repeat it as {@code trace_id}. */
    public ApiResponse withTraceId(String traceId) {
        ApiResponse traced = withHeader(TRACE_ID_HEADER, traceId);
        if (error == null) {
            return traced;
        }
        ObjectNode body = error.deepCopy().put("trace_id", traceId);
        return new ApiResponse(status, contentType, Json.bytes(body), body, traced.headers);
    }

    public int status() {
        return status;
    }

    /** {@return null when the response has no body} */
    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body.clone();
    }

    public Map<String, String> headers() {
        return headers;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
