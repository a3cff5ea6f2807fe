package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.CardDocument;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The members' cards, in every situation a card can be in: physical and virtual, shipped or still pending, locked,
 * restricted, lost and replaced, stolen, discarded, and a flash card with its lifespan budget.
 */
final class CardSeeder {

    /** One seeded card: whose (index in the memberships), its level and status, and what sets it apart. */
    private record Spec(int member, String level, String status, boolean onSecondAccount, boolean restricted) {

        Spec(int member, String level, String status) {
            this(member, level, status, false, false);
        }
    }

    private static final List<Spec> CARDS = List.of(
            new Spec(0, "metal", "live"),
            new Spec(0, "virtual", "live"),
            new Spec(1, "standard", "lost"),
            new Spec(1, "standard", "live"),
            new Spec(2, "standard", "paused"),
            new Spec(2, "flash", "live"),
            new Spec(3, "plus", "live"),
            new Spec(3, "virtual", "live", true, true),
            new Spec(4, "standard", "pending"),
            new Spec(4, "virtual", "discarded"),
            new Spec(5, "virtual", "live"),
            new Spec(6, "virtual", "live"),
            new Spec(7, "plus", "stolen"));

    /** The card at this position replaces the one before it, which was lost. */
    private static final int REPLACEMENT = 3;

    private final SeedContext context;
    private final DataStore store;

    CardSeeder(SeedContext context, DataStore store) {
        this.context = context;
        this.store = store;
    }

    void seed() {
        List<ObjectNode> members = store.memberships().all();
        List<ObjectNode> accounts = store.bankAccounts().where(a -> !a.get("is_external_account").asBoolean());
        String organizationId = store.organization().get("id").asText();
        ObjectNode previous = null;
        for (int i = 0; i < CARDS.size(); i++) {
            Spec spec = CARDS.get(i);
            Instant created = context.daysBeforeAnchor(700, 60);
            String account = accounts.get(spec.onSecondAccount() ? accounts.size() - 1 : 0).get("id").asText();
            String lastDigits = context.digits(4);
            ObjectNode card = CardDocument.ordered(context.ids().uuid("card"), members.get(spec.member()), account,
                    organizationId, store.membershipId(), spec.level(), lastDigits, created);
            live(card, spec, created);
            if (spec.restricted()) {
                ArrayNode weekdays = Json.array().add(1).add(2).add(3).add(4).add(5);
                card.set("active_days", weekdays);
                card.set("categories", Json.array().add("it_and_electronics").add("office_supply"));
            }
            if (i == REPLACEMENT) {
                previous.put("renewed", true);
                card.put("renewal", true).set("parent_card_summary", Json.object()
                        .put("id", previous.get("id").asText()).put("last_digits", previous.get("last_digits").asText()));
            }
            store.cards().put(card);
            previous = card;
        }
    }

    /** What happened to the card since it was ordered: shipped, used, then its status. */
    private void live(ObjectNode card, Spec spec, Instant created) {
        boolean physical = CardDocument.PHYSICAL_LEVELS.contains(spec.level());
        Instant updated = created;
        if (physical && !"pending".equals(spec.status())) {
            Instant shipped = created.plus(context.between(2, 6), ChronoUnit.DAYS);
            card.put("shipped_at", Timestamps.format(shipped)).put("pin_set", true).put("had_pin_operation", true);
            updated = shipped;
        }
        if (!"pending".equals(spec.status())) {
            Instant lastActivity = context.daysBeforeAnchor(40, 1);
            long spent = context.centsBetween(0, 200_000);
            card.put("last_activity_at", Timestamps.format(lastActivity))
                    .put("had_operation", true)
                    .put("payment_monthly_spent", Money.number(spent))
                    .put("payment_daily_spent", Money.number(spent / 30));
            if (physical) {
                card.put("atm_monthly_spent", Money.number(context.centsBetween(0, 40_000)));
            }
            if ("flash".equals(spec.level())) {
                // a flash card lives a few weeks: this one is still valid on the anchor day
                card.put("payment_lifespan_spent", Money.number(Math.min(spent, 40_000)))
                        .put("pre_expires_at", Timestamps.format(SeedContext.ANCHOR.plus(20, ChronoUnit.DAYS)));
            }
            updated = lastActivity.isAfter(updated) ? lastActivity : updated;
        }
        card.put("status", spec.status())
                .put("has_only_user_liftable_locks", "paused".equals(spec.status()))
                .put("updated_at", Timestamps.format(updated));
        if ("discarded".equals(spec.status())) {
            card.put("discard_on", Timestamps.format(updated).substring(0, 10));
        }
    }
}
