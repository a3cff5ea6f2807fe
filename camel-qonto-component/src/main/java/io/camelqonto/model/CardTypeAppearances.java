package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The designs cards of one type (e.g. {@code debit}) come in, by card level: what {@code card_design} of a new card
 * can name. Not an object of its own in Qonto, so it has no id.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardTypeAppearances(String cardType, List<LevelAppearances> cardLevelAppearances,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the appearances by card level and the keys beyond the declared ones.
     *
     * @param cardType             the card type, e.g. {@code debit}
     * @param cardLevelAppearances the designs, by card level
     * @param otherFields          the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardTypeAppearances {
        cardLevelAppearances = cardLevelAppearances == null ? null : List.copyOf(cardLevelAppearances);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String id() {
        return null;
    }

    /** The designs of one card level (e.g. {@code plus}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelAppearances(String cardLevel, List<CardAppearance> appearances,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the appearances and the keys beyond the declared ones.
         *
         * @param cardLevel   the card level, e.g. {@code plus}
         * @param appearances the designs
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public LevelAppearances {
            appearances = appearances == null ? null : List.copyOf(appearances);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
