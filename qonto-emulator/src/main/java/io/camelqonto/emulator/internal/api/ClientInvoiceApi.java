package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.ClientInvoices;
import io.camelqonto.emulator.internal.domain.Clients;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Client invoices: listing with Qonto's {@code filter[...]} parameters, reading, and their life from draft to paid
 * or canceled. Open to API keys; no idempotency key, no SCA.
 */
final class ClientInvoiceApi {

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/client_invoices", Scopes.CLIENT_INVOICES_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/client_invoices/{id}", Scopes.CLIENT_INVOICES_READ, this::get),
                Endpoint.anyAuth("POST", "/v2/client_invoices", Scopes.CLIENT_INVOICE_WRITE, this::create),
                Endpoint.anyAuth("PATCH", "/v2/client_invoices/{id}", Scopes.CLIENT_INVOICE_WRITE, this::update),
                Endpoint.anyAuth("DELETE", "/v2/client_invoices/{id}", Scopes.CLIENT_INVOICE_WRITE, this::delete),
                Endpoint.anyAuth("POST", "/v2/client_invoices/{id}/finalize", Scopes.CLIENT_INVOICE_WRITE,
                        this::finalizeDraft),
                Endpoint.anyAuth("POST", "/v2/client_invoices/{id}/send", Scopes.CLIENT_INVOICE_WRITE, this::send),
                Endpoint.anyAuth("POST", "/v2/client_invoices/{id}/mark_as_paid", Scopes.CLIENT_INVOICE_WRITE,
                        this::markPaid),
                Endpoint.anyAuth("POST", "/v2/client_invoices/{id}/unmark_as_paid", Scopes.CLIENT_INVOICE_WRITE,
                        this::unmarkPaid),
                Endpoint.anyAuth("POST", "/v2/client_invoices/{id}/mark_as_canceled", Scopes.CLIENT_INVOICE_WRITE,
                        this::cancel));
    }

    /**
     * {@code filter[status]} is a comma list. The emulator imports no invoices, so {@code exclude_imported} is
     * checked and changes nothing. Inferred: newest first unless {@code sort_by=created_at:asc}.
     */
    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = commaList(query, "filter[status]", ClientInvoices.STATUSES);
        TimeRange created = filterRange(query, "created_at");
        TimeRange updated = filterRange(query, "updated_at");
        query.bool("exclude_imported");
        SortOrder sort = SortOrder.read(query, List.of("created_at"), "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = i -> statuses.isEmpty() || statuses.contains(i.get("status").asText());
        filter = filter.and(created::contains).and(updated::contains);
        List<ObjectNode> invoices = invoices(call).all().stream().filter(filter).sorted(sort.comparator()).toList();
        return Page.of("client_invoices", invoices, page);
    }

    private ApiResponse get(ApiCall call) {
        return single(invoice(call));
    }

    /** The body is flat, as Qonto's reference shows it, or wrapped in {@code client_invoice}: both work. */
    private ApiResponse create(ApiCall call) {
        JsonNode request = DocumentRequests.unwrap(call.jsonBody(), "client_invoice");
        Violations violations = new Violations();
        Optional<ObjectNode> client = client(call, request, violations);
        dates(request, violations);
        if (DocumentRequests.required(request, "currency", "", violations)) {
            DocumentRequests.currency(request, "currency", "", violations);
        }
        DocumentRequests.iban(request.path("payment_methods"), "iban", "/payment_methods", violations);
        DocumentRequests.items(request.path("items"), "", violations);
        if (request.hasNonNull("status") && !"draft".equals(request.get("status").asText())) {
            violations.add("not_in_list", "status must be draft when given", "/status");
        }
        violations.throwIfAny();
        ClientInvoices invoices = invoices(call);
        if (request.hasNonNull("number") && invoices.numberTaken(request.get("number").asText(), null)) {
            // Inferred: the conflict Qonto's reference lists for this call
            throw QontoErrors.of(409, ApiError.atPointer("conflict", "number has already been taken", "/number"));
        }
        return single(invoices.create(request, client.orElseThrow(), call.domain().now()));
    }

    private ApiResponse update(ApiCall call) {
        ObjectNode invoice = draft(call, "updated");
        JsonNode changes = DocumentRequests.unwrap(call.jsonBody(), "client_invoice");
        Violations violations = new Violations();
        Optional<ObjectNode> client = changes.has("client_id") ? client(call, changes, violations) : Optional.empty();
        for (String field : List.of("issue_date", "due_date", "performance_date")) {
            DocumentRequests.date(changes, field, "", violations);
        }
        if (changes.has("payment_methods")) {
            DocumentRequests.iban(changes.path("payment_methods"), "iban", "/payment_methods", violations);
        }
        if (changes.has("items")) {
            DocumentRequests.items(changes.get("items"), "", violations);
        }
        violations.throwIfAny();
        ClientInvoices invoices = invoices(call);
        if (changes.hasNonNull("number") && invoices.numberTaken(changes.get("number").asText(),
                invoice.get("id").asText())) {
            throw QontoErrors.of(409, ApiError.atPointer("conflict", "number has already been taken", "/number"));
        }
        return single(invoices.update(invoice, changes, client.orElse(null), call.domain().now()));
    }

    private ApiResponse delete(ApiCall call) {
        invoices(call).delete(draft(call, "deleted"));
        return ApiResponse.empty(204);
    }

    private ApiResponse finalizeDraft(ApiCall call) {
        return single(invoices(call).finalize(inStatus(call, "draft", "finalized"), call.domain().now()));
    }

    /**
     * Qonto needs a body here (an empty one is 422 {@code invalid_body: EOF}). Inferred: a draft cannot be sent,
     * as it has no number yet.
     */
    private ApiResponse send(ApiCall call) {
        JsonNode request = call.jsonBody();
        ObjectNode invoice = invoice(call);
        Violations violations = new Violations();
        DocumentRequests.emails(request.path("send_to"), "send_to", "", violations);
        DocumentRequests.required(request, "email_title", "", violations);
        violations.throwIfAny();
        if ("draft".equals(invoice.get("status").asText())) {
            throw wrongStatus("a draft invoice cannot be sent; finalize it first");
        }
        return ApiResponse.empty(204);
    }

    /** An unpaid invoice becomes paid; a paid one gets the new day. Neither a future day nor another status. */
    private ApiResponse markPaid(ApiCall call) {
        JsonNode request = call.optionalJsonBody();
        ObjectNode invoice = invoice(call);
        String status = invoice.get("status").asText();
        if (!"unpaid".equals(status) && !"paid".equals(status)) {
            throw wrongStatus("only an unpaid invoice can be marked as paid (it is " + status + ")");
        }
        Violations violations = new Violations();
        LocalDate today = call.domain().now().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate paidOn = DocumentRequests.date(request, "paid_at", "", violations).orElse(today);
        if (paidOn.isAfter(today)) {
            violations.add("invalid", "paid_at cannot be in the future", "/paid_at");
        }
        violations.throwIfAny();
        return single(invoices(call).markPaid(invoice, paidOn, call.domain().now()));
    }

    private ApiResponse unmarkPaid(ApiCall call) {
        return single(invoices(call).unmarkPaid(inStatus(call, "paid", "unmarked as paid"), call.domain().now()));
    }

    private ApiResponse cancel(ApiCall call) {
        return single(invoices(call).cancel(inStatus(call, "unpaid", "canceled"), call.domain().now()));
    }

    private static Optional<ObjectNode> client(ApiCall call, JsonNode request, Violations violations) {
        if (!DocumentRequests.required(request, "client_id", "", violations)) {
            return Optional.empty();
        }
        Optional<ObjectNode> client = new Clients(call.domain().data()).byId(request.get("client_id").asText());
        if (client.isEmpty()) {
            violations.add("not_found", "client_id does not name a client", "/client_id");
        }
        return client;
    }

    private static void dates(JsonNode request, Violations violations) {
        boolean hasIssue = DocumentRequests.required(request, "issue_date", "", violations);
        boolean hasDue = DocumentRequests.required(request, "due_date", "", violations);
        Optional<LocalDate> issued = hasIssue ? DocumentRequests.date(request, "issue_date", "", violations)
                : Optional.empty();
        Optional<LocalDate> due = hasDue ? DocumentRequests.date(request, "due_date", "", violations)
                : Optional.empty();
        if (issued.isPresent() && due.isPresent() && due.get().isBefore(issued.get())) {
            violations.add("invalid", "due_date must not be before issue_date", "/due_date");
        }
        DocumentRequests.date(request, "performance_start_date", "", violations);
        DocumentRequests.date(request, "performance_end_date", "", violations);
    }

    /** Inferred: an invoice in another status is answered 412, as Qonto's reference lists for update and delete. */
    private static ObjectNode draft(ApiCall call, String action) {
        ObjectNode invoice = invoice(call);
        if (!"draft".equals(invoice.get("status").asText())) {
            throw QontoErrors.of(412, "invalid_status", "only a draft invoice can be " + action + " (it is "
                    + invoice.get("status").asText() + ")");
        }
        return invoice;
    }

    private static ObjectNode inStatus(ApiCall call, String status, String action) {
        ObjectNode invoice = invoice(call);
        if (!status.equals(invoice.get("status").asText())) {
            throw wrongStatus("only a " + status + " invoice can be " + action + " (it is "
                    + invoice.get("status").asText() + ")");
        }
        return invoice;
    }

    /** Inferred: a transition the invoice's status does not allow is a 422 {@code invalid_status}. */
    private static ApiException wrongStatus(String detail) {
        return QontoErrors.unprocessable(ApiError.of("invalid_status", detail));
    }

    /** A comma list of known values; the error names the parameter as the client spelt it. */
    static List<String> commaList(QueryReader query, String name, List<String> allowed) {
        List<String> values = query.values(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty()).toList();
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw QontoErrors.unprocessable(ApiError.atParameter("not_in_list",
                        name + " must be one of: " + String.join(", ", allowed), name));
            }
        }
        return values;
    }

    /** {@code filter[<field>_from]} and {@code filter[<field>_to]}. */
    static TimeRange filterRange(QueryReader query, String field) {
        return new TimeRange(field, query.instant("filter[" + field + "_from]"),
                query.instant("filter[" + field + "_to]"));
    }

    private static ClientInvoices invoices(ApiCall call) {
        return new ClientInvoices(call.domain().data());
    }

    private static ObjectNode invoice(ApiCall call) {
        return invoices(call).byId(call.path("id")).orElseThrow(() -> QontoErrors.notFound("Client invoice not found"));
    }

    private static ApiResponse single(ObjectNode invoice) {
        return ApiResponse.json(200, Json.object().set("client_invoice", invoice));
    }
}
