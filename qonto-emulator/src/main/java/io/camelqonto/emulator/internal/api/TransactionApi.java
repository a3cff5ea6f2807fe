package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.store.DataStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Transactions of one account, with Qonto's filters, sort orders and optional embedded resources. */
final class TransactionApi {

    private static final List<String> STATUSES = List.of("pending", "declined", "completed");
    private static final List<String> SIDES = List.of("credit", "debit");
    private static final List<String> INCLUDES = List.of("labels", "attachments", "vat_details");
    private static final List<String> SORT_FIELDS = List.of("updated_at", "settled_at", "emitted_at");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/transactions", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/transactions/{id}", Scopes.ORGANIZATION_READ, this::get));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(STATUSES, "status[]");
        Optional<String> side = query.enumValue("side", SIDES);
        List<String> operationTypes = query.values("operation_type[]");
        List<TimeRange> ranges = List.of(TimeRange.read(query, "updated_at"), TimeRange.read(query, "settled_at"),
                TimeRange.read(query, "emitted_at"));
        Optional<Boolean> withAttachments = query.bool("with_attachments");
        List<String> includes = query.enumValues(INCLUDES, "includes[]");
        SortOrder sort = SortOrder.read(query, SORT_FIELDS, "settled_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        String accountId = account(call.domain(), query).get("id").asText();

        Predicate<ObjectNode> filter = tx -> accountId.equals(tx.get("bank_account_id").asText());
        filter = filter.and(tx -> statuses.isEmpty() || statuses.contains(tx.get("status").asText()));
        filter = filter.and(tx -> side.map(s -> s.equals(tx.get("side").asText())).orElse(true));
        filter = filter.and(tx -> operationTypes.isEmpty() || operationTypes.contains(tx.get("operation_type").asText()));
        for (TimeRange range : ranges) {
            filter = filter.and(range::contains);
        }
        filter = filter.and(tx -> withAttachments.map(with -> with == !tx.get("attachment_ids").isEmpty()).orElse(true));
        List<ObjectNode> transactions = call.domain().data().transactions().where(filter).stream()
                .sorted(sort.comparator())
                .map(tx -> render(tx, includes, call.domain().data()))
                .toList();
        return Page.of("transactions", transactions, page);
    }

    private ApiResponse get(ApiCall call) {
        List<String> includes = call.query().enumValues(INCLUDES, "includes[]");
        ObjectNode tx = call.domain().transactions().byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Transaction not found"));
        return ApiResponse.json(200, Json.object().set("transaction", render(tx, includes, call.domain().data())));
    }

    /** {@code bank_account_id} wins when both it and {@code iban} are given. */
    private static ObjectNode account(Domain domain, QueryReader query) {
        Optional<String> accountId = query.first("bank_account_id");
        if (accountId.isPresent()) {
            return domain.accounts().byId(accountId.get())
                    .orElseThrow(() -> QontoErrors.notFound("Bank account not found"));
        }
        return query.first("iban")
                .map(iban -> domain.accounts().byIban(iban)
                        .orElseThrow(() -> QontoErrors.notFound("Bank account not found")))
                .orElseThrow(() -> QontoErrors.unprocessable(ApiError.atParameter("missing_parameter",
                        "bank_account_id or iban is required", "bank_account_id")));
    }

    /** The embedded resources exist in a response only when asked for with {@code includes[]}. */
    private static ObjectNode render(ObjectNode tx, List<String> includes, DataStore data) {
        if (includes.isEmpty()) {
            return tx;
        }
        ObjectNode rendered = tx.deepCopy();
        if (includes.contains("labels")) {
            rendered.set("labels", lookup(tx.get("label_ids"), data.labels()::get));
        }
        if (includes.contains("attachments")) {
            rendered.set("attachments", lookup(tx.get("attachment_ids"), data.attachments()::get));
        }
        if (includes.contains("vat_details")) {
            rendered.set("vat_details", vatDetails(tx));
        }
        return rendered;
    }

    private static ArrayNode lookup(JsonNode ids, Function<String, Optional<ObjectNode>> table) {
        ArrayNode found = Json.array();
        ids.forEach(id -> table.apply(id.asText()).ifPresent(found::add));
        return found;
    }

    /** Qonto prints VAT details as strings. */
    private static ObjectNode vatDetails(ObjectNode tx) {
        ArrayNode items = Json.array();
        if (!tx.get("vat_amount_cents").isNull() && !tx.get("vat_rate").isNull()) {
            long vatCents = tx.get("vat_amount_cents").asLong();
            long netCents = tx.get("amount_cents").asLong() - vatCents;
            items.add(Json.object()
                    .put("amount", Money.string(vatCents))
                    .put("amount_cents", String.valueOf(vatCents))
                    .put("amount_excluding_vat", Money.string(netCents))
                    .put("amount_excluding_vat_cents", String.valueOf(netCents))
                    .put("rate", tx.get("vat_rate").asText()));
        }
        return Json.object().set("items", items);
    }
}
