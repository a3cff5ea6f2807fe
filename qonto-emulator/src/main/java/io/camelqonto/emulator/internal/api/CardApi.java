package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Accounts;
import io.camelqonto.emulator.internal.domain.CardDocument;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.files.FileServer;
import io.camelqonto.emulator.internal.files.PresignedUrls;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cards: listing them, ordering them one by one or in bulk (under SCA), showing their data in an iframe, and what
 * their holders and admins change on them: locks, losses, limits, restrictions, options and nickname.
 */
final class CardApi {

    private static final List<String> SORT_FIELDS = List.of("status", "nickname", "last_activity_at", "created_at");
    private static final List<String> SEARCHED = List.of("id", "nickname", "last_digits", "status", "pre_expires_at",
            "exp_year", "exp_month");
    private static final List<String> PRINTS = List.of("print", "embossed");

    private final PresignedUrls urls;

    CardApi(PresignedUrls urls) {
        this.urls = urls;
    }

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.oauthOnly("GET", "/v2/cards", Scopes.CARD_READ, this::list),
                Endpoint.oauthOnlyIdempotent("POST", "/v2/cards", Scopes.CARD_WRITE, this::create),
                Endpoint.oauthOnly("POST", "/v2/cards/bulk", Scopes.CARD_WRITE, this::bulkCreate),
                Endpoint.oauthOnly("GET", "/v2/cards/appearances", Scopes.CARD_READ, this::appearances),
                Endpoint.oauthOnly("GET", "/v2/cards/{id}/data_view", Scopes.CARD_READ, this::dataView),
                Endpoint.oauthOnly("PUT", "/v2/cards/{id}/lock", Scopes.CARD_WRITE, this::lock),
                Endpoint.oauthOnly("PUT", "/v2/cards/{id}/unlock", Scopes.CARD_WRITE, this::unlock),
                Endpoint.oauthOnly("PUT", "/v2/cards/{id}/lost", Scopes.CARD_WRITE, call -> block(call, "lost")),
                Endpoint.oauthOnly("PUT", "/v2/cards/{id}/stolen", Scopes.CARD_WRITE, call -> block(call, "stolen")),
                Endpoint.oauthOnly("PUT", "/v2/cards/{id}/discard", Scopes.CARD_WRITE, this::discard),
                Endpoint.oauthOnly("PATCH", "/v2/cards/{id}/limits", Scopes.CARD_WRITE, this::limits),
                Endpoint.oauthOnly("PATCH", "/v2/cards/{id}/restrictions", Scopes.CARD_WRITE, this::restrictions),
                Endpoint.oauthOnly("PATCH", "/v2/cards/{id}/options", Scopes.CARD_WRITE, this::options),
                Endpoint.oauthOnly("PATCH", "/v2/cards/{id}/nickname", Scopes.CARD_WRITE, this::nickname));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        Optional<String> search = query.first("query").map(text -> text.toLowerCase(Locale.ROOT));
        List<String> holders = query.values("holder_ids[]");
        List<String> statuses = query.enumValues(CardDocument.STATUSES, "statuses[]");
        List<String> accounts = query.values("bank_account_ids[]");
        List<String> levels = query.enumValues(CardDocument.LEVELS, "card_levels[]");
        List<String> ids = query.values("ids[]");
        // Inferred: Qonto does not document the order of an unsorted list.
        SortOrder sort = SortOrder.read(query, SORT_FIELDS, "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Domain domain = call.domain();
        Predicate<ObjectNode> filter = c -> search.map(text -> matches(domain, c, text)).orElse(true);
        filter = filter.and(c -> holders.isEmpty() || holders.contains(c.get("holder_id").asText()));
        filter = filter.and(c -> statuses.isEmpty() || statuses.contains(c.get("status").asText()));
        filter = filter.and(c -> accounts.isEmpty() || accounts.contains(c.get("bank_account_id").asText()));
        filter = filter.and(c -> levels.isEmpty() || levels.contains(c.get("card_level").asText()));
        filter = filter.and(c -> ids.isEmpty() || ids.contains(c.get("id").asText()));
        List<ObjectNode> cards = domain.data().cards().where(filter).stream().sorted(sort.comparator()).toList();
        return Page.withoutNextPageOnTheLast("cards", cards, page);
    }

    /** Qonto's text search: the holder's names and some of the card's own fields, in any case. */
    private static boolean matches(Domain domain, ObjectNode card, String text) {
        List<String> values = new ArrayList<>();
        SEARCHED.forEach(field -> values.add(card.path(field).asText("")));
        domain.data().memberships().get(card.get("holder_id").asText()).ifPresent(holder -> {
            values.add(holder.path("first_name").asText(""));
            values.add(holder.path("last_name").asText(""));
        });
        return values.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(text));
    }

    private ApiResponse create(ApiCall call) {
        JsonNode card = call.jsonBody().path("card");
        if (!card.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "card can't be blank", "/card"));
        }
        Violations violations = new Violations();
        Order order = order(call.domain(), card, "/card", violations);
        violations.throwIfAny();
        call.sca().authorize(call.request(), "card.create");
        return single(call.domain().cards().order(order.holder(), order.bankAccountId(), order.level(), card));
    }

    /** Every card is checked before any is created: one invalid card fails the whole call. */
    private ApiResponse bulkCreate(ApiCall call) {
        JsonNode cards = call.jsonBody().path("cards");
        if (!cards.isArray() || cards.isEmpty()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "cards can't be blank", "/cards"));
        }
        Violations violations = new Violations();
        List<Order> orders = new ArrayList<>();
        List<JsonNode> fields = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            JsonNode card = cards.get(i).path("card");
            String pointer = "/cards/" + i + "/card";
            if (!card.isObject()) {
                violations.add("blank", "card can't be blank", pointer);
                continue;
            }
            orders.add(order(call.domain(), card, pointer, violations));
            fields.add(card);
        }
        violations.throwIfAny();
        // Inferred: Qonto documents SCA for the bulk creation, not its action type.
        call.sca().authorize(call.request(), "card.bulk_create");
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            created.add(Json.object().set("card", call.domain().cards().order(order.holder(), order.bankAccountId(),
                    order.level(), fields.get(i))));
        }
        return ApiResponse.json(200, Json.object().set("cards", Json.array(created)));
    }

    /** Checks a card to create, as Qonto's app does; the errors point into the body. */
    // Inferred: Qonto documents the fields of a new card, not which are required nor the errors.
    private static Order order(Domain domain, JsonNode card, String pointer, Violations violations) {
        Optional<ObjectNode> holder = Optional.ofNullable(card.path("holder_id").textValue())
                .flatMap(domain.data().memberships()::get)
                .filter(member -> "active".equals(member.path("status").asText()));
        if (holder.isEmpty()) {
            violations.add("invalid", "holder_id must be an active member of the organization", pointer + "/holder_id");
        }
        Optional<ObjectNode> account = Optional.ofNullable(card.path("bank_account_id").textValue())
                .flatMap(domain.accounts()::byId).filter(Accounts::canDebit);
        if (account.isEmpty()) {
            violations.add("invalid", "bank_account_id must be an active account of the organization",
                    pointer + "/bank_account_id");
        }
        String level = card.path("card_level").asText("");
        if (!CardDocument.LEVELS.contains(level)) {
            violations.add("not_in_list", "card_level must be one of: " + String.join(", ", CardDocument.LEVELS),
                    pointer + "/card_level");
        }
        JsonNode print = card.path("type_of_print");
        if (!print.isMissingNode() && !print.isNull() && !PRINTS.contains(print.asText())) {
            violations.add("not_in_list", "type_of_print must be print or embossed", pointer + "/type_of_print");
        }
        if (card.has("pre_expires_at") && Timestamps.parseInstant(card.path("pre_expires_at").asText()).isEmpty()) {
            violations.add("invalid_date", "pre_expires_at must be an ISO 8601 date time", pointer + "/pre_expires_at");
        }
        checkLimits(card, pointer, violations);
        checkRestrictions(card, pointer, violations);
        return new Order(holder.orElse(null), account.map(a -> a.get("id").asText()).orElse(null), level);
    }

    /** Limits are whole amounts, never negative; their options and the card's options are booleans. */
    private static void checkLimits(JsonNode card, String pointer, Violations violations) {
        for (String field : CardDocument.LIMITS) {
            JsonNode value = card.path(field);
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            if (!value.isIntegralNumber()) {
                violations.add("not_an_integer", field + " must be an integer", pointer + "/" + field);
            } else if (value.asLong() < 0) {
                violations.add("greater_than_or_equal_to", field + " must be greater than or equal to 0",
                        pointer + "/" + field);
            }
        }
        List<String> booleans = new ArrayList<>(CardDocument.LIMIT_OPTIONS);
        booleans.addAll(CardDocument.OPTIONS);
        booleans.add("ship_to_business");
        for (String field : booleans) {
            JsonNode value = card.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.isBoolean()) {
                violations.add("not_a_boolean", field + " must be true or false", pointer + "/" + field);
            }
        }
    }

    /** Days are 1 (Monday) to 7 (Sunday), each once; categories are Qonto's merchant categories. */
    private static void checkRestrictions(JsonNode card, String pointer, Violations violations) {
        JsonNode days = card.path("active_days");
        if (!days.isMissingNode()) {
            Set<Integer> seen = new HashSet<>();
            boolean valid = days.isArray();
            for (JsonNode day : days) {
                valid &= day.isInt() && day.asInt() >= 1 && day.asInt() <= 7 && seen.add(day.asInt());
            }
            if (!valid) {
                violations.add("invalid", "active_days must list days from 1 (Monday) to 7 (Sunday), each once",
                        pointer + "/active_days");
            }
        }
        JsonNode categories = card.path("categories");
        if (!categories.isMissingNode()) {
            boolean valid = categories.isArray();
            for (JsonNode category : categories) {
                valid &= CardDocument.CATEGORIES.contains(category.asText());
            }
            if (!valid) {
                violations.add("not_in_list", "categories must be among: " + String.join(", ",
                        CardDocument.CATEGORIES), pointer + "/categories");
            }
        }
    }

    private ApiResponse appearances(ApiCall call) {
        return ApiResponse.json(200, Json.object().set("card_type_appearances", CardDocument.appearances()));
    }

    /** A link to the card's page, signed like Qonto's: it works without credentials, for 30 minutes. */
    private ApiResponse dataView(ApiCall call) {
        ObjectNode card = card(call);
        return ApiResponse.json(200, Json.object().put("iframe_url",
                urls.link(call.request(), FileServer.cardViewPath(card.get("id").asText()))));
    }

    private ApiResponse lock(ApiCall call) {
        ObjectNode card = usableCard(call);
        if (!"live".equals(card.get("status").asText())) {
            throw refused("card_not_live", "Only a live card can be locked; this one is " + card.get("status").asText());
        }
        return single(call.domain().cards().move(card, "paused"));
    }

    private ApiResponse unlock(ApiCall call) {
        ObjectNode card = usableCard(call);
        if (!"paused".equals(card.get("status").asText())) {
            throw refused("card_not_locked", "Only a locked card can be unlocked; this one is "
                    + card.get("status").asText());
        }
        return single(call.domain().cards().move(card, "live"));
    }

    /** Lost and stolen are for cards one can lose: physical ones. */
    private ApiResponse block(ApiCall call, String status) {
        ObjectNode card = usableCard(call);
        if (!CardDocument.isPhysical(card)) {
            throw refused("card_not_physical", "Only a physical card can be reported " + status);
        }
        return single(call.domain().cards().move(card, status));
    }

    private ApiResponse discard(ApiCall call) {
        ObjectNode card = usableCard(call);
        if (CardDocument.isPhysical(card)) {
            throw refused("card_not_virtual", "Only a virtual or flash card can be discarded");
        }
        return single(call.domain().cards().move(card, "discarded"));
    }

    private ApiResponse limits(ApiCall call) {
        ObjectNode card = usableCard(call);
        JsonNode fields = changes(call);
        Violations violations = new Violations();
        checkLimits(fields, "/card", violations);
        if (CardDocument.LIMITS.stream().noneMatch(fields::has)
                && CardDocument.LIMIT_OPTIONS.stream().noneMatch(fields::has)) {
            violations.add("blank", "card must set at least one limit", "/card");
        }
        violations.throwIfAny();
        // Inferred: Qonto documents SCA for limit changes, not its action type.
        call.sca().authorize(call.request(), "card.limits.update");
        return single(call.domain().cards().update(card, only(fields, CardDocument.LIMITS,
                CardDocument.LIMIT_OPTIONS)));
    }

    private ApiResponse restrictions(ApiCall call) {
        ObjectNode card = usableCard(call);
        JsonNode fields = changes(call);
        Violations violations = new Violations();
        checkRestrictions(fields, "/card", violations);
        violations.throwIfAny();
        return single(call.domain().cards().update(card, only(fields, List.of("active_days", "categories"))));
    }

    private ApiResponse options(ApiCall call) {
        ObjectNode card = usableCard(call);
        JsonNode fields = changes(call);
        Violations violations = new Violations();
        checkLimits(only(fields, CardDocument.OPTIONS), "/card", violations);
        if (CardDocument.OPTIONS.stream().noneMatch(fields::has)) {
            violations.add("blank", "card must set at least one option", "/card");
        }
        violations.throwIfAny();
        return single(call.domain().cards().update(card, only(fields, CardDocument.OPTIONS)));
    }

    private ApiResponse nickname(ApiCall call) {
        ObjectNode card = usableCard(call);
        JsonNode nickname = changes(call).path("nickname");
        if (!nickname.isTextual() || nickname.asText().isBlank()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "nickname can't be blank", "/card/nickname"));
        }
        return single(call.domain().cards().update(card, Json.object().put("nickname", nickname.asText())));
    }

    /** The {@code card} object of an update's body. */
    private static JsonNode changes(ApiCall call) {
        JsonNode card = call.jsonBody().path("card");
        if (!card.isObject()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "card can't be blank", "/card"));
        }
        return card;
    }

    @SafeVarargs
    private static ObjectNode only(JsonNode fields, List<String>... groups) {
        ObjectNode kept = Json.object();
        for (List<String> group : groups) {
            group.stream().filter(fields::has).forEach(field -> kept.set(field, fields.get(field)));
        }
        return kept;
    }

    private static ObjectNode card(ApiCall call) {
        return call.domain().cards().byId(call.path("id")).orElseThrow(() -> QontoErrors.notFound("Card not found"));
    }

    /** A card that can still change: one blocked for good (lost, stolen, discarded, expired...) cannot. */
    // Inferred: Qonto lists a 422 for these calls without its codes.
    private static ObjectNode usableCard(ApiCall call) {
        ObjectNode card = card(call);
        if (CardDocument.isFinal(card)) {
            throw refused("card_inactive", "The card is " + card.get("status").asText() + " and can no longer change");
        }
        return card;
    }

    private static ApiException refused(String code, String detail) {
        return QontoErrors.unprocessable(ApiError.of(code, detail));
    }

    private static ApiResponse single(ObjectNode card) {
        return ApiResponse.json(200, Json.object().set("card", card));
    }

    /** A card to create, once checked: its holder, account and level. */
    private record Order(ObjectNode holder, String bankAccountId, String level) {
    }
}
