package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;

/**
 * One entry of Qonto's JSON:API-like {@code errors} array.
 *
 * @param sourceKind {@code pointer} (a body field), {@code parameter} (a query parameter) or null
 */
public record ApiError(String code, String detail, String sourceKind, String sourceValue) {

    public static ApiError of(String code, String detail) {
        return new ApiError(code, detail, null, null);
    }

    public static ApiError atPointer(String code, String detail, String pointer) {
        return new ApiError(code, detail, "pointer", pointer);
    }

    public static ApiError atParameter(String code, String detail, String parameter) {
        return new ApiError(code, detail, "parameter", parameter);
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object().put("code", code).put("detail", detail);
        if (sourceKind != null) {
            json.set("source", Json.object().put(sourceKind, sourceValue));
        }
        return json;
    }
}
