package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.PaymentLinks;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Payment links, OAuth only: the connection to the provider, links, their payments and the payment methods on
 * offer. Single links are answered under {@code payment_link}, as Qonto has been seen doing; its reference shows
 * them bare outside of creation.
 */
final class PaymentLinkApi {

    /** Inferred: what the provider offers; iDEAL and Bancontact only in euros. */
    private static final List<String> METHODS = List.of("credit_card", "apple_pay", "paypal", "ideal",
            "bancontact", "sepa_direct_debit");
    private static final List<String> EURO_ONLY = List.of("ideal", "bancontact", "sepa_direct_debit");
    private static final Pattern AMOUNT = Pattern.compile("^\\d+(\\.\\d{1,2})?$");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("POST", "/v2/payment_links/connections", Scopes.PAYMENT_LINK_WRITE, this::connect),
                Endpoint.oauthOnly("GET", "/v2/payment_links/connections", Scopes.PAYMENT_LINK_READ,
                        this::connection),
                Endpoint.oauthOnly("POST", "/v2/payment_links", Scopes.PAYMENT_LINK_WRITE, this::create),
                Endpoint.oauthOnly("GET", "/v2/payment_links", Scopes.PAYMENT_LINK_READ, this::list),
                Endpoint.oauthOnly("GET", "/v2/payment_links/payment_methods", Scopes.PAYMENT_LINK_READ,
                        this::paymentMethods),
                Endpoint.oauthOnly("GET", "/v2/payment_links/{id}", Scopes.PAYMENT_LINK_READ, this::get),
                Endpoint.oauthOnly("PATCH", "/v2/payment_links/{id}/deactivate", Scopes.PAYMENT_LINK_WRITE,
                        this::deactivate),
                Endpoint.oauthOnly("GET", "/v2/payment_links/{id}/payments", Scopes.PAYMENT_LINK_READ,
                        this::payments));
    }

    /** Inferred: an organization connected already is a 400 {@code already_connected}. */
    private ApiResponse connect(ApiCall call) {
        JsonNode request = call.jsonBody();
        Violations violations = new Violations();
        for (String field : List.of("partner_callback_url", "user_bank_account_id", "user_phone_number",
                "user_website_url")) {
            DocumentRequests.required(request, field, "", violations);
        }
        String accountId = request.path("user_bank_account_id").asText();
        if (!accountId.isEmpty() && call.domain().data().bankAccounts().get(accountId).isEmpty()) {
            violations.add("not_found", "user_bank_account_id does not name an account", "/user_bank_account_id");
        }
        violations.throwIfAny(400);
        PaymentLinks links = links(call);
        if (links.connection().isPresent()) {
            throw QontoErrors.of(400, "already_connected", "the organization is connected to the provider already");
        }
        return ApiResponse.json(201, links.connect(accountId));
    }

    private ApiResponse connection(ApiCall call) {
        return ApiResponse.json(200, links(call).connection()
                .orElseThrow(() -> QontoErrors.notFound("Payment links connection not found")));
    }

    /**
     * Inferred: links can be created once the connection is {@code enabled} (else 400
     * {@code payment_links_not_enabled}); validation errors are 400s, the only client error the reference lists.
     */
    private ApiResponse create(ApiCall call) {
        JsonNode request = call.jsonBody().path("payment_link");
        if (!request.isObject()) {
            throw QontoErrors.of(400, ApiError.atPointer("blank", "payment_link can't be blank", "/payment_link"));
        }
        Violations violations = new Violations();
        JsonNode methods = request.path("potential_payment_methods");
        if (!methods.isArray() || methods.isEmpty()) {
            violations.add("blank", "potential_payment_methods can't be blank",
                    "/payment_link/potential_payment_methods");
        }
        if (request.has("invoice_id")) {
            for (String field : List.of("invoice_id", "invoice_number", "debitor_name")) {
                DocumentRequests.required(request, field, "/payment_link", violations);
            }
            DocumentRequests.money(request.path("amount"), "amount", "/payment_link", violations);
        } else {
            items(request.path("items"), violations);
        }
        violations.throwIfAny(400);
        PaymentLinks links = links(call);
        boolean enabled = links.connection().map(c -> "enabled".equals(c.path("status").asText())).orElse(false);
        if (!enabled) {
            throw QontoErrors.of(400, "payment_links_not_enabled",
                    "connect the organization to the payment links provider first");
        }
        return ApiResponse.json(201, Json.object().set("payment_link", links.create(request, call.domain().now())));
    }

    /** {@code status} is a comma list. Inferred: newest first; {@code sort_by} on created_at, amount or expiration_date. */
    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = ClientInvoiceApi.commaList(query, "status", PaymentLinks.STATUSES);
        SortOrder sort = SortOrder.read(query, List.of("created_at", "amount", "expiration_date"), "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        Predicate<ObjectNode> filter = l -> statuses.isEmpty() || statuses.contains(l.get("status").asText());
        Comparator<ObjectNode> order = "amount".equals(sort.field())
                ? sort.comparator(l -> String.format("%020d", Money.cents(new BigDecimal(l.path("amount")
                        .path("value").asText()))))
                : sort.comparator();
        return Page.of("payment_links", links(call).all().stream().filter(filter).sorted(order).toList(), page);
    }

    private ApiResponse get(ApiCall call) {
        return single(link(call));
    }

    /** Inferred: only an open link can be deactivated (else 422 {@code invalid_status}). */
    private ApiResponse deactivate(ApiCall call) {
        ObjectNode link = link(call);
        if (!"open".equals(link.get("status").asText())) {
            throw QontoErrors.unprocessable(ApiError.of("invalid_status", "only an open payment link can be"
                    + " deactivated (it is " + link.get("status").asText() + ")"));
        }
        return single(links(call).deactivate(link));
    }

    /**
     * Inferred: {@code status} matches payments' statuses as they are written; {@code sort_by} accepts
     * {@code creation_date} (the reference's example) and {@code created_at}, newest first by default.
     */
    private ApiResponse payments(ApiCall call) {
        ObjectNode link = link(call);
        QueryReader query = call.query();
        List<String> statuses = ClientInvoiceApi.commaList(query, "status",
                List.of("pending", "paid", "failed", "canceled", "refunded"));
        Optional<String> sortBy = query.first("sort_by");
        boolean ascending = sortBy.map(s -> s.endsWith(":asc")).orElse(false);
        if (sortBy.isPresent() && !sortBy.get().matches("(creation_date|created_at):(asc|desc)")) {
            throw QontoErrors.unprocessable(ApiError.atParameter("not_in_list",
                    "sort_by must be creation_date or created_at, then :asc or :desc", "sort_by"));
        }
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);
        SortOrder sort = new SortOrder("created_at", !ascending);
        List<ObjectNode> payments = links(call).paymentsOf(link).stream()
                .filter(p -> statuses.isEmpty() || statuses.contains(p.get("status").asText()))
                .sorted(sort.comparator()).toList();
        return Page.of("payments", payments, page);
    }

    /** {@code amount} with {@code currency}, or {@code locale}: the methods on offer, each enabled or not. */
    private ApiResponse paymentMethods(ApiCall call) {
        QueryReader query = call.query();
        Optional<String> amount = query.first("amount");
        Optional<String> currency = query.first("currency");
        Optional<String> locale = query.first("locale");
        if (amount.isPresent() != currency.isPresent()) {
            String missing = amount.isPresent() ? "currency" : "amount";
            throw QontoErrors.of(400, ApiError.atParameter("blank", missing + " is required with "
                    + (amount.isPresent() ? "amount" : "currency"), missing));
        }
        if (amount.isEmpty() && locale.isEmpty()) {
            throw QontoErrors.of(400, ApiError.atParameter("blank", "amount and currency, or locale, are required",
                    "locale"));
        }
        if (amount.isPresent() && !AMOUNT.matcher(amount.get()).matches()) {
            throw QontoErrors.of(400, ApiError.atParameter("invalid", "amount is not a valid amount", "amount"));
        }
        boolean euros = currency.map("EUR"::equals).orElse(true);
        ArrayNode methods = Json.array();
        for (String method : METHODS) {
            methods.add(Json.object().put("name", method).put("enabled", euros || !EURO_ONLY.contains(method)));
        }
        return ApiResponse.json(200, Json.object().set("payment_link_payment_methods", methods));
    }

    private static void items(JsonNode items, Violations violations) {
        if (!items.isArray() || items.isEmpty()) {
            violations.add("blank", "items can't be blank", "/payment_link/items");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "/payment_link/items/" + i;
            DocumentRequests.required(item, "title", at, violations);
            if (!item.path("quantity").isNumber() || item.get("quantity").decimalValue().signum() <= 0) {
                violations.add("invalid", "quantity must be a number greater than 0", at + "/quantity");
            }
            DocumentRequests.money(item.path("unit_price"), "unit_price", at, violations);
            DocumentRequests.required(item, "vat_rate", at, violations);
            if (!List.of("good", "service").contains(item.path("type").asText())) {
                violations.add("not_in_list", "type must be one of: good, service", at + "/type");
            }
        }
    }

    private static PaymentLinks links(ApiCall call) {
        return new PaymentLinks(call.domain().data());
    }

    private static ObjectNode link(ApiCall call) {
        return links(call).byId(call.path("id")).orElseThrow(() -> QontoErrors.notFound("Payment link not found"));
    }

    private static ApiResponse single(ObjectNode link) {
        return ApiResponse.json(200, Json.object().set("payment_link", link));
    }
}
