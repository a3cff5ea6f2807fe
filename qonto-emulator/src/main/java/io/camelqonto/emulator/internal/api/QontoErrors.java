package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** Builds the error responses in the shapes Qonto uses. The trace id is added when the response is sent. */
public final class QontoErrors {

    private QontoErrors() {
    }

    /** The nominal shape: {@code {"errors":[{code, detail, source?}]}}. */
    public static ApiException of(int status, List<ApiError> errors) {
        ObjectNode body = Json.object();
        body.set("errors", Json.array(errors.stream().map(ApiError::toJson).toList()));
        return new ApiException(ApiResponse.json(status, body));
    }

    public static ApiException of(int status, ApiError error) {
        return of(status, List.of(error));
    }

    public static ApiException of(int status, String code, String detail) {
        return of(status, ApiError.of(code, detail));
    }

    public static ApiException unprocessable(ApiError error) {
        return of(422, error);
    }

    /** An unknown id: Qonto answers these with {@code errors} as an object, not an array. */
    public static ApiException notFound(String detail) {
        ObjectNode error = Json.object().put("code", "not_found").put("detail", detail).put("status", 404);
        return new ApiException(ApiResponse.json(404, Json.object().set("errors", error)));
    }

    /** A 429 with the seconds to wait in {@code Retry-After}. */
    public static ApiResponse tooManyRequests(String detail, long retryAfterSeconds) {
        return of(429, "too_many_requests", detail).response()
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    public static ApiException routeNotFound(String method, String path) {
        return of(404, "not_found", "No route matches " + method + " " + path);
    }
}
