package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Clients;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Clients: listing with Qonto's filters, reading, creating, changing and deleting. Open to API keys. */
final class ClientApi {

    private static final int MIN_NAME_FILTER = 2;

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/clients", Scopes.CLIENT_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/clients/{id}", Scopes.CLIENT_READ, this::get),
                Endpoint.anyAuth("POST", "/v2/clients", Scopes.CLIENT_WRITE, this::create),
                Endpoint.anyAuth("PATCH", "/v2/clients/{id}", Scopes.CLIENT_WRITE, this::update),
                Endpoint.anyAuth("DELETE", "/v2/clients/{id}", Scopes.CLIENT_WRITE, this::delete));
    }

    /**
     * {@code filter[name]} matches part of the name, ignoring case and accents; the other filters match the whole
     * value, ignoring case. Inferred: newest first unless {@code sort_by} says otherwise.
     */
    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        Optional<String> name = query.first("filter[name]");
        if (name.isPresent() && name.get().strip().length() < MIN_NAME_FILTER) {
            throw QontoErrors.unprocessable(ApiError.atParameter("too_short",
                    "filter[name] must have at least " + MIN_NAME_FILTER + " characters", "filter[name]"));
        }
        SortOrder sort = SortOrder.read(query, List.of("created_at", "name"), "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = c -> name.map(n -> folded(c.path("name").asText()).contains(folded(n)))
                .orElse(true);
        for (String field : List.of("email", "vat_number", "tax_identification_number")) {
            Optional<String> wanted = query.first("filter[" + field + "]");
            filter = filter.and(c -> wanted.map(w -> w.equalsIgnoreCase(c.path(field).asText())).orElse(true));
        }
        List<ObjectNode> clients = new Clients(call.domain().data()).all().stream().filter(filter)
                .sorted("name".equals(sort.field()) ? sort.comparator(c -> folded(c.path("name").asText()))
                        : sort.comparator())
                .toList();
        return Page.of("clients", clients, page);
    }

    private ApiResponse get(ApiCall call) {
        return single(client(call));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode request = call.jsonBody();
        Violations violations = new Violations();
        String kind = request.path("kind").asText();
        if (!Clients.KINDS.contains(kind)) {
            violations.add("not_in_list", "kind must be one of: " + String.join(", ", Clients.KINDS), "/kind");
        } else if ("company".equals(kind)) {
            DocumentRequests.required(request, "name", "", violations);
        } else {
            DocumentRequests.required(request, "first_name", "", violations);
            DocumentRequests.required(request, "last_name", "", violations);
        }
        details(request, violations);
        violations.throwIfAny();
        return single(new Clients(call.domain().data()).create(request, call.domain().now()));
    }

    private ApiResponse update(ApiCall call) {
        ObjectNode client = client(call);
        JsonNode changes = call.jsonBody();
        Violations violations = new Violations();
        for (String field : List.of("name", "first_name", "last_name")) {
            if (changes.has(field)) {
                DocumentRequests.required(changes, field, "", violations);
            }
        }
        details(changes, violations);
        violations.throwIfAny();
        return single(new Clients(call.domain().data()).update(client, changes));
    }

    /** Qonto answers a deleted client's id with 404 from then on; its recurring invoices are canceled. */
    private ApiResponse delete(ApiCall call) {
        new Clients(call.domain().data()).delete(client(call));
        return ApiResponse.empty(204);
    }

    private static void details(JsonNode request, Violations violations) {
        DocumentRequests.email(request, "email", "", violations);
        if (request.hasNonNull("extra_emails")) {
            DocumentRequests.emails(request.get("extra_emails"), "extra_emails", "", violations);
        }
        DocumentRequests.currency(request, "currency", "", violations);
    }

    private static ObjectNode client(ApiCall call) {
        return new Clients(call.domain().data()).byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Client not found"));
    }

    private static ApiResponse single(ObjectNode client) {
        return ApiResponse.json(200, Json.object().set("client", client));
    }

    /** Lower case without accents, as Qonto compares names. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
