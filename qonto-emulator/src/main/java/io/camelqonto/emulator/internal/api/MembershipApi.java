package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import java.util.List;

/** The members of the organization: everyone granted access to its Qonto account, invited or revoked ones too. */
final class MembershipApi {

    List<Endpoint> endpoints() {
        return List.of(Endpoint.anyAuth("GET", "/v2/memberships", Scopes.ORGANIZATION_READ, this::list));
    }

    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        return Page.of("memberships", call.domain().data().memberships().all(), page);
    }
}
