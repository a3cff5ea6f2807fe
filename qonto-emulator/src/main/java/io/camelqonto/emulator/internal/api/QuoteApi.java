package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Clients;
import io.camelqonto.emulator.internal.domain.Quotes;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Quotes: listing, reading, creating, changing, deleting and sending. Open to API keys. Single quotes are answered
 * under {@code quote}, as Qonto has been seen doing; its reference shows them bare.
 */
final class QuoteApi {

    private static final int MAX_TERMS_LENGTH = 3000;
    private static final int MAX_NUMBER_LENGTH = 40;
    private static final int MAX_HEADER_LENGTH = 1000;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/quotes", Scopes.CLIENT_INVOICES_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/quotes/{id}", Scopes.CLIENT_INVOICES_READ, this::get),
                Endpoint.anyAuth("POST", "/v2/quotes", Scopes.CLIENT_INVOICE_WRITE, this::create),
                Endpoint.anyAuth("PATCH", "/v2/quotes/{id}", Scopes.CLIENT_INVOICE_WRITE, this::update),
                Endpoint.anyAuth("DELETE", "/v2/quotes/{id}", Scopes.CLIENT_INVOICE_WRITE, this::delete),
                Endpoint.anyAuth("POST", "/v2/quotes/{id}/send", Scopes.CLIENT_INVOICE_WRITE, this::send));
    }

    /**
     * Qonto pages quotes with a {@code meta} of its own: {@code total} rather than {@code total_count}, and no
     * {@code per_page}. Inferred: newest first unless {@code sort_by=created_at:asc}.
     */
    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = ClientInvoiceApi.commaList(query, "filter[status]", Quotes.STATUSES);
        TimeRange created = ClientInvoiceApi.filterRange(query, "created_at");
        SortOrder sort = SortOrder.read(query, List.of("created_at"), "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        Predicate<ObjectNode> filter = q -> statuses.isEmpty() || statuses.contains(q.get("status").asText());
        List<ObjectNode> quotes = quotes(call).all().stream().filter(filter.and(created::contains))
                .sorted(sort.comparator()).toList();
        ObjectNode body = Page.body("quotes", quotes, page);
        JsonNode meta = body.get("meta");
        ObjectNode quotesMeta = Json.object();
        for (String field : List.of("total_count", "current_page", "total_pages", "next_page", "prev_page")) {
            quotesMeta.set("total_count".equals(field) ? "total" : field, meta.get(field));
        }
        body.set("meta", quotesMeta);
        return ApiResponse.json(200, body);
    }

    private ApiResponse get(ApiCall call) {
        return single(200, quote(call));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode request = DocumentRequests.unwrap(call.jsonBody(), "quote");
        Violations violations = new Violations();
        Optional<ObjectNode> client = Optional.empty();
        if (DocumentRequests.required(request, "client_id", "", violations)) {
            client = new Clients(call.domain().data()).byId(request.get("client_id").asText());
            if (client.isEmpty()) {
                violations.add("not_found", "client_id does not name a client", "/client_id");
            }
        }
        DocumentRequests.required(request, "issue_date", "", violations);
        DocumentRequests.required(request, "expiry_date", "", violations);
        DocumentRequests.required(request, "currency", "", violations);
        DocumentRequests.required(request, "terms_and_conditions", "", violations);
        check(request, violations);
        DocumentRequests.items(request.path("items"), "", violations);
        violations.throwIfAny();
        Quotes quotes = quotes(call);
        if (request.hasNonNull("number") && quotes.numberTaken(request.get("number").asText(), null)) {
            throw QontoErrors.unprocessable(ApiError.atPointer("taken", "number has already been taken", "/number"));
        }
        return single(201, quotes.create(request, client.orElseThrow(), call.domain().now()));
    }

    private ApiResponse update(ApiCall call) {
        ObjectNode quote = quote(call);
        JsonNode changes = DocumentRequests.unwrap(call.jsonBody(), "quote");
        Violations violations = new Violations();
        check(changes, violations);
        if (changes.has("items")) {
            DocumentRequests.items(changes.get("items"), "", violations);
        }
        violations.throwIfAny();
        Quotes quotes = quotes(call);
        if (changes.hasNonNull("number") && quotes.numberTaken(changes.get("number").asText(),
                quote.get("id").asText())) {
            throw QontoErrors.unprocessable(ApiError.atPointer("taken", "number has already been taken", "/number"));
        }
        return single(200, quotes.update(quote, changes));
    }

    /** Inferred: a quote that was sent is a 422 {@code quote_already_sent}; Qonto documents only that it refuses. */
    private ApiResponse delete(ApiCall call) {
        ObjectNode quote = quote(call);
        Quotes quotes = quotes(call);
        if (quotes.wasSent(quote)) {
            throw QontoErrors.unprocessable(ApiError.of("quote_already_sent", "a quote that was sent cannot be"
                    + " deleted"));
        }
        quotes.delete(quote);
        return ApiResponse.empty(204);
    }

    /** Qonto needs a body here (an empty one is 422 {@code invalid_body: EOF}). */
    private ApiResponse send(ApiCall call) {
        JsonNode request = call.jsonBody();
        ObjectNode quote = quote(call);
        Violations violations = new Violations();
        DocumentRequests.emails(request.path("send_to"), "send_to", "", violations);
        DocumentRequests.required(request, "email_title", "", violations);
        violations.throwIfAny();
        quotes(call).markSent(quote);
        return ApiResponse.empty(204);
    }

    private static void check(JsonNode request, Violations violations) {
        Optional<LocalDate> issued = DocumentRequests.date(request, "issue_date", "", violations);
        Optional<LocalDate> expires = DocumentRequests.date(request, "expiry_date", "", violations);
        if (issued.isPresent() && expires.isPresent() && expires.get().isBefore(issued.get())) {
            violations.add("invalid", "expiry_date must not be before issue_date", "/expiry_date");
        }
        DocumentRequests.currency(request, "currency", "", violations);
        maxLength(request, "terms_and_conditions", MAX_TERMS_LENGTH, violations);
        maxLength(request, "number", MAX_NUMBER_LENGTH, violations);
        maxLength(request, "header", MAX_HEADER_LENGTH, violations);
        if (request.path("discount").isObject()) {
            DocumentRequests.discount(request.get("discount"), "/discount", violations);
        }
    }

    private static void maxLength(JsonNode request, String field, int max, Violations violations) {
        if (request.hasNonNull(field) && request.get(field).asText().length() > max) {
            violations.add("too_long", field + " is too long (maximum is " + max + " characters)", "/" + field);
        }
    }

    private static Quotes quotes(ApiCall call) {
        return new Quotes(call.domain().data());
    }

    private static ObjectNode quote(ApiCall call) {
        return quotes(call).byId(call.path("id")).orElseThrow(() -> QontoErrors.notFound("Quote not found"));
    }

    private static ApiResponse single(int status, ObjectNode quote) {
        return ApiResponse.json(status, Json.object().set("quote", quote));
    }
}
