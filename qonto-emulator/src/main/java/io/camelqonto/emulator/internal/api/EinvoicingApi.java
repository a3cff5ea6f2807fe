package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** Whether the organization sends and receives e-invoices through Qonto. */
final class EinvoicingApi {

    List<Endpoint> endpoints() {
        return List.of(Endpoint.anyAuth("GET", "/v2/einvoicing/settings", Scopes.EINVOICING_READ, this::settings));
    }

    /** A French organization sends through Qonto; receiving waits for its registration with the tax platform. */
    // Inferred: the values of Qonto's example, for the French organization the emulator seeds.
    private ApiResponse settings(ApiCall call) {
        return ApiResponse.json(200, Json.object().put("sending_status", "enabled")
                .put("receiving_status", "pending_creation"));
    }
}
