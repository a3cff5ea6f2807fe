package io.camelqonto.component.hook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.component.producer.QontoBodyConverter;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewCard;
import io.camelqonto.model.NewCards;

/**
 * The cards of a bulk creation: the body is a {@link NewCards}, a list of cards (models, Maps or JSON objects), or
 * Qonto's {@code {"cards": [...]}} with each card wrapped in {@code {"card": ...}} or not. Each card is read like the
 * body of a single creation, so Java-style keys work in the list too.
 */
final class CardBatchHook implements OperationHook {

    private static final String SUBJECT = "cards bulkCreate";

    @Override
    public Object payload(Object body, String subject) {
        NewCards cards = body instanceof NewCards given ? given : new NewCards(cards(items(body)));
        cards.validate();
        return cards;
    }

    private static List<?> items(Object body) {
        if (body instanceof List<?> list) {
            return list;
        }
        JsonNode tree = QontoBodyConverter.convert(body, JsonNode.class, SUBJECT);
        JsonNode cards = tree.get("cards");
        if (cards == null || !cards.isArray()) {
            throw new InvalidInputException(SUBJECT, "cards", "is required: a list of cards, as the body or under"
                    + " the body's cards key");
        }
        List<JsonNode> items = new ArrayList<>();
        cards.forEach(items::add);
        return items;
    }

    private static List<NewCard> cards(List<?> items) {
        List<NewCard> cards = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof NewCard card) {
                cards.add(card);
                continue;
            }
            JsonNode tree = QontoBodyConverter.convert(item, JsonNode.class, SUBJECT);
            JsonNode wrapped = tree.get("card");
            cards.add(QontoBodyConverter.convert(tree.size() == 1 && wrapped != null && wrapped.isObject()
                    ? wrapped : tree, NewCard.class, SUBJECT));
        }
        return cards;
    }
}
