package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.oauth.TokenRegistry;
import java.util.List;

/** Revoking the user's consent to the calling OAuth app, which ends all of its tokens. */
final class ConsentApi {

    private final TokenRegistry tokens;

    ConsentApi(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    List<Endpoint> endpoints() {
        return List.of(Endpoint.oauthOnly("DELETE", "/v2/oauth2/consents", Scopes.ORGANIZATION_READ, call -> {
            tokens.revokeClient(call.principal().clientId());
            return ApiResponse.empty(204);
        }));
    }
}
