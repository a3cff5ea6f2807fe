package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.EmulatorState;
import io.camelqonto.emulator.internal.auth.Authentication;
import io.camelqonto.emulator.internal.auth.Authenticator;
import io.camelqonto.emulator.internal.auth.Principal;
import io.camelqonto.emulator.internal.gateway.UnauthorizedThrottle;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.idempotency.IdempotencyCache;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs a {@code /v2} call through what Qonto does before and around an operation: routing, authentication,
 * access rules, idempotency; then the operation itself, atomically against the state.
 */
public final class ApiDispatcher {

    public static final String IDEMPOTENCY_KEY_HEADER = "X-Qonto-Idempotency-Key";

    private final List<Endpoint> endpoints;
    private final Authenticator authenticator;
    private final UnauthorizedThrottle throttle;
    private final EmulatorState state;
    private final ScaGate sca;
    private final CallLog calls;

    public ApiDispatcher(List<Endpoint> endpoints, Authenticator authenticator, UnauthorizedThrottle throttle,
            EmulatorState state, ScaGate sca, CallLog calls) {
        this.endpoints = endpoints.stream()
                .sorted(Comparator.comparingInt((Endpoint e) -> e.path().literalSegments()).reversed())
                .toList();
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.state = state;
        this.sca = sca;
        this.calls = calls;
    }

    /** Every 401 answered counts towards the throttle, whether the credentials or the kind of credentials failed. */
    public ApiResponse dispatch(ApiRequest request) {
        return dispatch(request, true);
    }

    /**
     * @param direct false for a request another operation relays (Embed's dispatch): the call log is of the operations
     *               clients call themselves
     */
    private ApiResponse dispatch(ApiRequest request, boolean direct) {
        OptionalLong throttled = throttle.check(request.clientIp());
        if (throttled.isPresent()) {
            return QontoErrors.tooManyRequests("Too many unauthorized requests from this IP address",
                    throttled.getAsLong());
        }
        ApiResponse response;
        try {
            response = handle(request, direct);
        } catch (ApiException e) {
            response = e.response();
        }
        if (response.status() == 401) {
            throttle.recordUnauthorized(request.clientIp());
        }
        return response;
    }

    private ApiResponse handle(ApiRequest request, boolean direct) {
        Route route = route(request).orElseThrow(() -> QontoErrors.routeNotFound(request.method(), request.path()));
        Principal principal = authenticate(request);
        checkAccess(route.endpoint(), principal);
        ApiResponse response = state.locked(domain -> {
            ApiCall call = new ApiCall(request, route.variables(), principal, domain, sca,
                    relayed -> dispatch(relayed, false));
            return route.endpoint().idempotent() ? idempotently(route.endpoint(), call) : invoke(route.endpoint(), call);
        });
        if (direct) {
            calls.answered(route.endpoint(), response);
        }
        return response;
    }

    private Optional<Route> route(ApiRequest request) {
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method().equals(request.method())) {
                Optional<Map<String, String>> variables = endpoint.path().match(request.path());
                if (variables.isPresent()) {
                    return Optional.of(new Route(endpoint, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Principal authenticate(ApiRequest request) {
        Authentication authentication = authenticator.authenticate(request.header("Authorization"));
        if (authentication instanceof Authentication.Rejected rejected) {
            throw QontoErrors.of(401, rejected.code(), rejected.detail());
        }
        return ((Authentication.Accepted) authentication).principal();
    }

    private static void checkAccess(Endpoint endpoint, Principal principal) {
        if (endpoint.oauthOnly() && !principal.oauth()) {
            throw QontoErrors.of(401, "unauthorized", "OAuth2 authentication is required here");
        }
        if (principal.oauth() && endpoint.scope() != null && !principal.has(endpoint.scope())) {
            throw QontoErrors.of(403, "forbidden", "missing required oauth scope: " + endpoint.scope());
        }
    }

    /**
     * Replays the response of an earlier successful call with the same key, before anything else (SCA
     * included) is looked at.
     */
    private ApiResponse idempotently(Endpoint endpoint, ApiCall call) {
        // Inferred: Qonto documents the key as mandatory on these endpoints, not the error for a missing one.
        String key = call.request().header(IDEMPOTENCY_KEY_HEADER).filter(k -> !k.isBlank())
                .orElseThrow(() -> QontoErrors.unprocessable(ApiError.of("missing_idempotency_key",
                        IDEMPOTENCY_KEY_HEADER + " header is required")));
        IdempotencyCache cache = state.idempotency();
        return cache.replay(key).orElseGet(() -> {
            ApiResponse response = invoke(endpoint, call);
            cache.remember(key, response);
            return response;
        });
    }

    private static ApiResponse invoke(Endpoint endpoint, ApiCall call) {
        try {
            return endpoint.handler().handle(call);
        } catch (ApiException e) {
            return e.response();
        }
    }

    private record Route(Endpoint endpoint, Map<String, String> variables) {
    }
}
