package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The organization's cards: ordering them, and what their holders and admins change on them. */
public final class Cards {

    private final DataStore data;
    private final Supplier<Instant> now;

    Cards(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.cards().get(id);
    }

    /**
     * A card ordered now by the API user, with the given fields set over the defaults.
     *
     * @param fields checked by the caller: only fields a creation may set
     */
    public ObjectNode order(ObjectNode holder, String bankAccountId, String level, JsonNode fields) {
        String initiator = fields.path("initiator_id").asText(data.membershipId());
        ObjectNode card = CardDocument.ordered(data.ids().uuid("card"), holder, bankAccountId,
                data.organization().get("id").asText(), initiator, level, lastDigits(), now.get());
        CardDocument.apply(card, fields);
        data.cards().put(card);
        return card;
    }

    /** Four digits that differ from card to card. */
    private String lastDigits() {
        return String.format(Locale.ROOT, "%04d", (data.ids().next("card_number") * 7919 + 1234) % 10_000);
    }

    /** Moves the card to a status, e.g. {@code paused} when locked. */
    public ObjectNode move(ObjectNode card, String status) {
        card.put("status", status).put("has_only_user_liftable_locks", "paused".equals(status));
        if ("discarded".equals(status)) {
            card.put("discard_on", Timestamps.format(LocalDate.ofInstant(now.get(), ZoneOffset.UTC)));
        }
        return touched(card);
    }

    /** Sets fields an update gives (limits, restrictions, options, nickname); the caller has checked them. */
    public ObjectNode update(ObjectNode card, JsonNode fields) {
        CardDocument.apply(card, fields);
        return touched(card);
    }

    private ObjectNode touched(ObjectNode card) {
        return card.put("updated_at", Timestamps.format(now.get()));
    }
}
