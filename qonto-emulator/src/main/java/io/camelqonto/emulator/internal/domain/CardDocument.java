package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shape of a card document, its levels and statuses, and the designs cards come in. */
public final class CardDocument {

    public static final List<String> PHYSICAL_LEVELS = List.of("standard", "plus", "metal");
    public static final List<String> LEVELS = List.of("standard", "plus", "metal", "virtual", "virtual_partner",
            "flash", "advertising");
    public static final List<String> STATUSES = List.of("pending", "live", "paused", "stolen", "lost", "pin_blocked",
            "discarded", "expired", "shipped_lost", "onhold", "order_canceled", "pre_expired", "abusive");
    public static final List<String> CATEGORIES = List.of("transport", "restaurant_and_bar", "food_and_grocery",
            "it_and_electronics", "utility", "tax", "legal_and_accounting", "atm", "office_supply",
            "hardware_and_equipment", "finance");

    /** The fields a card's creation may set, besides its holder, account and level. */
    public static final List<String> LIMITS = List.of("atm_monthly_limit", "atm_daily_limit", "payment_monthly_limit",
            "payment_daily_limit", "payment_transaction_limit", "payment_lifespan_limit");
    public static final List<String> LIMIT_OPTIONS = List.of("atm_daily_limit_option", "payment_daily_limit_option",
            "payment_transaction_limit_option");
    public static final List<String> OPTIONS = List.of("atm_option", "nfc_option", "online_option", "foreign_option");

    /** Statuses a card never leaves: it is blocked for good. */
    private static final List<String> FINAL = List.of("stolen", "lost", "discarded", "expired", "shipped_lost",
            "order_canceled", "pre_expired", "abusive");

    private static final Map<String, String> DESIGNS = Map.of(
            "standard", "standard.recycled.plastic.2023",
            "plus", "plus.recycled.plastic.black.2023",
            "metal", "metal.mineral.grey.2019",
            "virtual", "virtual.default.2017",
            "virtual_partner", "virtual.partner.2022",
            "flash", "flash.default.2021",
            "advertising", "advertising.default.2022");

    private CardDocument() {
    }

    public static boolean isPhysical(ObjectNode card) {
        return PHYSICAL_LEVELS.contains(card.get("card_level").asText());
    }

    public static boolean isFinal(ObjectNode card) {
        return FINAL.contains(card.get("status").asText());
    }

    /**
     * A card as just ordered: every field of Qonto's reference, in its order, with Qonto's defaults. A physical card is
     * pending until shipped; a virtual or flash card can pay at once.
     *
     * @param holder      the membership the card is for
     * @param lastDigits  the last four digits of its number
     */
    // Inferred: Qonto does not document the defaults of a new card; these are those of its app.
    public static ObjectNode ordered(String id, ObjectNode holder, String bankAccountId, String organizationId,
            String initiatorId, String level, String lastDigits, Instant createdAt) {
        boolean physical = PHYSICAL_LEVELS.contains(level);
        boolean flash = "flash".equals(level);
        LocalDate expiry = LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusYears(flash ? 1 : 3);
        String design = DESIGNS.get(level);
        ObjectNode card = Json.object()
                .put("id", id)
                .put("nickname", nickname(level, holder))
                .put("embossed_name", (holder.get("first_name").asText() + " " + holder.get("last_name").asText())
                        .toUpperCase(Locale.ROOT))
                .put("status", physical ? "pending" : "live")
                .put("pin_set", false)
                .put("mask_pan", "**** **** **** " + lastDigits)
                .put("exp_month", String.format(Locale.ROOT, "%02d", expiry.getMonthValue()))
                .put("exp_year", String.valueOf(expiry.getYear()))
                .putNull("last_activity_at")
                .put("last_digits", lastDigits)
                .put("ship_to_business", physical)
                .put("atm_option", physical)
                .put("nfc_option", physical)
                .put("online_option", true)
                .put("foreign_option", true)
                .put("atm_monthly_limit", physical ? 1000 : 0)
                .put("atm_monthly_spent", Money.number(0))
                .put("atm_daily_limit", physical ? 500 : 0)
                .put("atm_daily_spent", Money.number(0))
                .put("atm_daily_limit_option", false)
                .put("payment_monthly_limit", flash ? 0 : 5000)
                .put("payment_monthly_spent", Money.number(0))
                .put("payment_daily_limit", 1000)
                .put("payment_daily_spent", Money.number(0))
                .put("payment_daily_limit_option", false)
                .put("payment_transaction_limit", 1000)
                .put("payment_transaction_limit_option", false);
        ArrayNode days = card.putArray("active_days");
        for (int day = 1; day <= 7; day++) {
            days.add(day);
        }
        card.put("holder_id", holder.get("id").asText())
                .put("initiator_id", initiatorId)
                .put("bank_account_id", bankAccountId)
                .put("organization_id", organizationId)
                .put("updated_at", Timestamps.format(createdAt))
                .put("created_at", Timestamps.format(createdAt))
                .putNull("shipped_at")
                .put("card_type", flash ? "prepaid" : "debit")
                .put("card_level", level);
        if (flash) {
            card.put("payment_lifespan_limit", 500).put("payment_lifespan_spent", Money.number(0))
                    .put("pre_expires_at", Timestamps.format(createdAt.plusSeconds(30L * 24 * 3600)));
        } else {
            card.putNull("payment_lifespan_limit").putNull("payment_lifespan_spent").putNull("pre_expires_at");
        }
        card.putArray("categories");
        return card.put("renewed", false)
                .put("renewal", false)
                .putNull("parent_card_summary")
                .put("had_operation", false)
                .put("had_pin_operation", false)
                .put("card_design", design)
                .put("type_of_print", physical ? ("metal".equals(level) ? "embossed" : "print") : null)
                .put("upsold", false)
                .put("upsell", false)
                .putNull("discard_on")
                .put("reordered", false)
                .<ObjectNode>set("appearance", appearance(design, false))
                .put("has_only_user_liftable_locks", false);
    }

    private static String nickname(String level, ObjectNode holder) {
        String kind = PHYSICAL_LEVELS.contains(level) ? "card" : level.replace('_', ' ') + " card";
        return holder.get("first_name").asText() + "'s " + kind;
    }

    /** Sets the fields a creation or an update gives; the caller has checked them. */
    public static void apply(ObjectNode card, JsonNode fields) {
        for (String field : List.of("nickname", "ship_to_business", "card_design", "type_of_print", "pre_expires_at")) {
            if (fields.has(field)) {
                card.set(field, fields.get(field));
            }
        }
        for (List<String> group : List.of(LIMITS, LIMIT_OPTIONS, OPTIONS, List.of("active_days", "categories"))) {
            group.stream().filter(fields::has).forEach(field -> card.set(field, fields.get(field)));
        }
        if (fields.has("card_design")) {
            card.set("appearance", appearance(fields.get("card_design").asText(), false));
        }
        Documents.normalizeTimestamps(card, "pre_expires_at");
    }

    /** How a design looks; the catalog of designs also says whether it can still be ordered. */
    private static ObjectNode appearance(String design, boolean withCatalogFields) {
        String base = "https://cards.qonto-emulator.invalid/" + design + "/";
        ObjectNode appearance = Json.object();
        if (withCatalogFields) {
            appearance.put("design", design);
        }
        appearance.set("assets", Json.object().put("front_large", base + "front_large.png")
                .put("front_small", base + "front_small.png")
                .put("front_small_wallet", base + "front_small_wallet.png"));
        boolean dark = design.startsWith("plus") || design.startsWith("metal");
        appearance.put("theme", dark ? "dark" : "light")
                .put("gradient_hex_color", dark ? "#1d1d1b" : "#f4f1ec");
        if (withCatalogFields) {
            appearance.put("is_active", true);
        }
        return appearance;
    }

    /** The designs of every card type and level, as {@code GET /v2/cards/appearances} lists them. */
    public static ArrayNode appearances() {
        ArrayNode types = Json.array();
        for (String type : List.of("debit", "prepaid")) {
            ArrayNode levels = Json.array();
            for (String level : LEVELS) {
                if ("flash".equals(level) == "prepaid".equals(type)) {
                    levels.add(Json.object().put("card_level", level).set("appearances",
                            Json.array().add(appearance(DESIGNS.get(level), true))));
                }
            }
            types.add(Json.object().put("card_type", type).set("card_level_appearances", levels));
        }
        return types;
    }
}
