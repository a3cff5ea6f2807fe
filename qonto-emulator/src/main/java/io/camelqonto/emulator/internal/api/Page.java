package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** One page of a list response: the items under the resource's key, and Qonto's {@code meta} block. */
public final class Page {

    private Page() {
    }

    public static ApiResponse of(String rootKey, List<? extends JsonNode> items, PageRequest request) {
        return ApiResponse.json(200, body(rootKey, items, request));
    }

    /** Like {@link #of}, but the last page has no {@code next_page} at all, as Qonto answers some lists (cards). */
    public static ApiResponse withoutNextPageOnTheLast(String rootKey, List<? extends JsonNode> items,
            PageRequest request) {
        ObjectNode body = body(rootKey, items, request);
        ObjectNode meta = (ObjectNode) body.get("meta");
        if (meta.get("next_page").isNull()) {
            meta.remove("next_page");
        }
        return ApiResponse.json(200, body);
    }

    /** The body of {@link #of}, for lists whose {@code meta} Qonto shapes otherwise. */
    public static ObjectNode body(String rootKey, List<? extends JsonNode> items, PageRequest request) {
        int total = items.size();
        int totalPages = (total + request.perPage() - 1) / request.perPage();
        if (totalPages > 0 && request.page() > totalPages) {
            throw QontoErrors.unprocessable(ApiError.atParameter("invalid_page",
                    "page must be less than or equal to " + totalPages, "page"));
        }
        int from = Math.min(total, (request.page() - 1) * request.perPage());
        int to = Math.min(total, from + request.perPage());
        ObjectNode meta = Json.object().put("current_page", request.page());
        meta.put("next_page", request.page() < totalPages ? request.page() + 1 : null);
        meta.put("prev_page", request.page() > 1 ? request.page() - 1 : null);
        meta.put("total_pages", totalPages).put("total_count", total).put("per_page", request.perPage());
        ObjectNode body = Json.object();
        body.set(rootKey, Json.array(items.subList(from, to)));
        body.set("meta", meta);
        return body;
    }
}
