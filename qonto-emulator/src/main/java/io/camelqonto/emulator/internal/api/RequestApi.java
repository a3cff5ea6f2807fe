package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.RequestDocument;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Approval requests: listing them, and approving or declining them as a reviewer. */
final class RequestApi {

    private static final List<String> SORT_FIELDS = List.of("created_at", "processed_at", "status");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/requests", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/requests/{type}/{id}/approve", Scopes.REQUEST_REVIEW_WRITE,
                        this::approve),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/requests/{type}/{id}/decline", Scopes.REQUEST_REVIEW_WRITE,
                        this::decline));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(RequestDocument.STATUSES, "status[]");
        List<String> types = query.enumValues(RequestDocument.TYPES, "request_type[]");
        Optional<Instant> createdFrom = query.instant("created_at_from");
        Optional<Instant> processedFrom = query.instant("processed_at_from");
        SortOrder sort = SortOrder.read(query, SORT_FIELDS, "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = r -> statuses.isEmpty() || statuses.contains(r.get("status").asText());
        filter = filter.and(r -> types.isEmpty() || types.contains(r.get("request_type").asText()));
        filter = filter.and(new TimeRange("created_at", createdFrom, Optional.empty())::contains);
        filter = filter.and(new TimeRange("processed_at", processedFrom, Optional.empty())::contains);
        List<ObjectNode> requests = call.domain().data().requests().where(filter).stream()
                .sorted("status".equals(sort.field())
                        // Qonto's status order is the life cycle's, not the alphabet's.
                        ? sort.comparator(r -> String.valueOf(RequestDocument.STATUSES.indexOf(r.get("status").asText())))
                        : sort.comparator())
                .toList();
        return Page.of("requests", requests, page);
    }

    private ApiResponse approve(ApiCall call) {
        ObjectNode request = pendingRequest(call);
        JsonNode body = call.optionalJsonBody();
        ObjectNode account = body.hasNonNull("debit_iban")
                ? call.domain().accounts().byIban(body.get("debit_iban").asText()).filter(Accounts::canDebit)
                        .orElseThrow(() -> QontoErrors.unprocessable(ApiError.atPointer("invalid_iban",
                                "debit_iban must be the IBAN of an active account of the organization", "/debit_iban")))
                : call.domain().accounts().main();
        call.sca().authorize(call.request(), "request.approve");
        return reviewed(call.domain().requests().approve(request, account));
    }

    private ApiResponse decline(ApiCall call) {
        ObjectNode request = pendingRequest(call);
        JsonNode note = call.optionalJsonBody().path("declined_note");
        return reviewed(call.domain().requests().decline(request, note.isTextual() ? note.asText() : null));
    }

    /** The path names the request's type too: a request of another type is not found. */
    private static ObjectNode pendingRequest(ApiCall call) {
        Optional<String> type = RequestDocument.typeOfPathSegment(call.path("type"));
        ObjectNode request = type.flatMap(t -> call.domain().requests().byId(call.path("id"))
                        .filter(r -> t.equals(r.get("request_type").asText())))
                .orElseThrow(() -> QontoErrors.notFound("Request not found"));
        if (!"pending".equals(request.get("status").asText())) {
            // Inferred: Qonto's reference lists a 422 for this case without its code.
            throw QontoErrors.unprocessable(ApiError.of("request_not_pending",
                    "Only pending requests can be reviewed; this one is " + request.get("status").asText()));
        }
        return request;
    }

    private static ApiResponse reviewed(ObjectNode request) {
        String rootKey = RequestDocument.rootKey(request.get("request_type").asText());
        return ApiResponse.json(200, Json.object().set(rootKey, request));
    }
}
