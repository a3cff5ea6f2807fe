package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The outcome of one card of a bulk creation, in the order the cards were sent: Qonto wraps each created card as
 * {@code {"card": {...}}}, so the entry is kept whole, whatever else Qonto puts beside the card.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardCreation(Card card, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param card        the card created
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardCreation {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The created card's id; null when the entry holds no card. */
    @Override
    public String id() {
        return card == null ? null : card.id();
    }

    @Override
    public String status() {
        return card == null ? null : card.status();
    }
}
