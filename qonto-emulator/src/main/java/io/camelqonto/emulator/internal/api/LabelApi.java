package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** The organization's labels: a list of names, each label possibly nested under another. */
final class LabelApi {

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/labels", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/labels/{id}", Scopes.ORGANIZATION_READ, this::get));
    }

    /** In creation order, each parent before the labels nested under it. */
    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        return Page.of("labels", call.domain().data().labels().all(), page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode label = call.domain().data().labels().get(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Label not found"));
        return ApiResponse.json(200, Json.object().set("label", label));
    }
}
