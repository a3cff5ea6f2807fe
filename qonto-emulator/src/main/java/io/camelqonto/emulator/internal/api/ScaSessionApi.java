package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.sca.ScaSessions;
import java.util.List;

/**
 * Polling SCA sessions, and deciding them the way Qonto's sandbox lets a client mock the phone. Both poll
 * paths are served: the documented one and the sandbox one some clients use.
 */
final class ScaSessionApi {

    private final ScaSessions sessions;

    ScaSessionApi(ScaSessions sessions) {
        this.sessions = sessions;
    }

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/sca_sessions/{token}", null, this::poll),
                Endpoint.anyAuth("GET", "/v2/mocked_sca_sessions/{token}", null, this::poll),
                Endpoint.anyAuth("POST", "/v2/mocked_sca_sessions/{token}/allow", null,
                        call -> decide(call, ScaSessions.ALLOW)),
                Endpoint.anyAuth("POST", "/v2/mocked_sca_sessions/{token}/deny", null,
                        call -> decide(call, ScaSessions.DENY)));
    }

    private ApiResponse poll(ApiCall call) {
        String result = sessions.poll(call.path("token"))
                .orElseThrow(() -> QontoErrors.notFound("SCA session not found"));
        return ApiResponse.json(200, Json.object().put("result", result).putNull("canceled_at"));
    }

    private ApiResponse decide(ApiCall call, String result) {
        if (!sessions.decide(call.path("token"), result)) {
            throw QontoErrors.notFound("SCA session not found");
        }
        return ApiResponse.json(200, Json.object().put("message", "Success"));
    }
}
