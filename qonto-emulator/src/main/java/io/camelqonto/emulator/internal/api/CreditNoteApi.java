package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/** Credit notes, read only: Qonto's collection has no call that creates one. */
final class CreditNoteApi {

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/credit_notes", Scopes.CLIENT_INVOICES_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/credit_notes/{id}", Scopes.CLIENT_INVOICES_READ, this::get));
    }

    /** Inferred: newest first unless {@code sort_by=created_at:asc}. */
    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        TimeRange created = ClientInvoiceApi.filterRange(query, "created_at");
        SortOrder sort = SortOrder.read(query, List.of("created_at"), "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        List<ObjectNode> notes = call.domain().data().invoicing().creditNotes().where(created::contains).stream()
                .sorted(sort.comparator()).toList();
        return Page.of("credit_notes", notes, page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode note = call.domain().data().invoicing().creditNotes().get(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Credit note not found"));
        return ApiResponse.json(200, Json.object().set("credit_note", note));
    }
}
