package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.auth.Principal;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a handler works with: the request, its path variables, the caller and the state.
 *
 * @param relay sends another request through every rule of the API, for an operation that proxies one
 */
public record ApiCall(
        ApiRequest request,
        Map<String, String> pathVariables,
        Principal principal,
        Domain domain,
        ScaGate sca,
        Function<ApiRequest, ApiResponse> relay) {

    public String path(String variable) {
        return pathVariables.get(variable);
    }

    public QueryReader query() {
        return new QueryReader(request.query());
    }

    /**
     * The JSON object body. A missing or malformed body is a 422 {@code invalid_body}, as Qonto answers
     * (its detail for an empty body is Go's {@code EOF}).
     */
    public JsonNode jsonBody() {
        if (!request.hasBody()) {
            throw QontoErrors.unprocessable(ApiError.of("invalid_body", "EOF"));
        }
        return Json.parse(request.body())
                .filter(JsonNode::isObject)
                .orElseThrow(() -> QontoErrors.unprocessable(
                        ApiError.of("invalid_body", "The request body must be a JSON object")));
    }

    /** {@return the JSON object body, or an empty object when there is none: for calls whose body is optional} */
    public JsonNode optionalJsonBody() {
        return request.hasBody() ? jsonBody() : Json.object();
    }
}
