package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Cards to create in one call. Written as Qonto's bulk creation wants them, each card wrapped:
 * {@code {"cards": [{"card": {...}}, ...]}}; Qonto answers in the same order.
 */
public record NewCards(List<NewCard> cards) implements QontoInput {

    /**
     * Keeps its own copy of the cards.
     *
     * @param cards the cards to create, in the order Qonto answers them
     */
    public NewCards {
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    @JsonValue
    Map<String, Object> wire() {
        return Map.of("cards", cards.stream().map(card -> Map.of("card", card)).toList());
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("cards");
        if (cards.isEmpty()) {
            validation.add("cards", "must hold at least one card");
        }
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).validate(validation, "cards[" + i + "].card.");
        }
        validation.throwIfInvalid();
    }
}
