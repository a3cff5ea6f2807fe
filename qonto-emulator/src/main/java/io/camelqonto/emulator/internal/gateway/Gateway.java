package io.camelqonto.emulator.internal.gateway;

import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.internal.api.ApiDispatcher;
import io.camelqonto.emulator.internal.api.QontoErrors;
import io.camelqonto.emulator.internal.files.FileServer;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.oauth.OAuthServer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The front door of every API, OAuth and file call, in the order Qonto's infrastructure applies things: the
 * sandbox's sign-on wall, then injected faults (standing in for network and gateway trouble), then the
 * per-IP rate limit, then the call itself. Files come from a storage service, not through Qonto's API
 * gateway: they skip its rate limit.
 */
public final class Gateway {

    public static final String STAGING_TOKEN_HEADER = "X-Qonto-Staging-Token";

    private final String stagingToken;
    private final FaultSource faults;
    private final RateLimiter rateLimiter;
    private final OAuthServer oauth;
    private final ApiDispatcher api;
    private final FileServer files;

    /** @param stagingToken the sandbox token every call must carry, or null outside sandbox mode */
    public Gateway(String stagingToken, FaultSource faults, RateLimiter rateLimiter, OAuthServer oauth,
            ApiDispatcher api, FileServer files) {
        this.stagingToken = stagingToken;
        this.faults = faults;
        this.rateLimiter = rateLimiter;
        this.oauth = oauth;
        this.api = api;
        this.files = files;
    }

    public Outcome process(ApiRequest request) {
        if (blockedBySignOn(request)) {
            return Outcome.respond(StagingPage.response());
        }
        Optional<FaultRule> fault = faults.next(request.method(), request.path());
        if (fault.isPresent() && !delay(fault.get())) {
            // Interrupted while held back: the emulator is stopping, so the call is not processed any more.
            return Outcome.drop();
        }
        FaultRule.Action action = fault.map(FaultRule::action).orElse(FaultRule.Action.NONE);
        switch (action) {
            case DROP_CONNECTION:
                return Outcome.drop();
            case STATUS:
                return Outcome.respond(injectedError(fault.get()));
            case MALFORMED_BODY:
                return Outcome.respond(ApiResponse.bytes(200, ApiResponse.JSON,
                        "{\"errors\": [{\"code\": \"unexpec".getBytes(StandardCharsets.UTF_8)));
            default:
                break;
        }
        ApiResponse response = FileServer.handles(request.path()) ? files.handle(request) : throughApiGateway(request);
        return action == FaultRule.Action.DROP_RESPONSE_AFTER_COMMIT ? Outcome.drop() : Outcome.respond(response);
    }

    private ApiResponse throughApiGateway(ApiRequest request) {
        OptionalLong retryAfter = rateLimiter.acquire(request.clientIp());
        if (retryAfter.isPresent()) {
            return QontoErrors.tooManyRequests(
                    "Rate limit exceeded: retry after " + retryAfter.getAsLong() + " seconds", retryAfter.getAsLong());
        }
        return OAuthServer.handles(request.path()) ? oauth.handle(request) : api.dispatch(request);
    }

    /** The browser-facing authorization page is exempt: a browser cannot add the header. */
    private boolean blockedBySignOn(ApiRequest request) {
        return stagingToken != null
                && !request.path().equals(OAuthServer.AUTHORIZE_PATH)
                && !request.header(STAGING_TOKEN_HEADER).filter(stagingToken::equals).isPresent();
    }

    /** @return false when interrupted before the latency was over */
    private static boolean delay(FaultRule fault) {
        if (!fault.latency().isZero()) {
            try {
                Thread.sleep(fault.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static ApiResponse injectedError(FaultRule fault) {
        ApiResponse response = QontoErrors.of(fault.status(), errorCode(fault.status()),
                "Fault injected by the emulator").response();
        return fault.retryAfterSeconds() == null ? response
                : response.withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 422 -> "unprocessable_entity";
            case 429 -> "too_many_requests";
            case 500 -> "internal_server_error";
            case 502 -> "bad_gateway";
            case 503 -> "service_unavailable";
            case 504 -> "gateway_timeout";
            default -> "error";
        };
    }
}
