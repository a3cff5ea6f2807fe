package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How a card looks: the design's name (e.g. {@code plus.recycled.plastic.black.2023}), pictures of its front, and its
 * colours. A card carries its own appearance; the list of appearances also says which designs can be ordered.
 *
 * @param isActive whether cards can still be ordered in this design; null on a card's own appearance
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardAppearance(String design, Assets assets, String theme, String gradientHexColor, Boolean isActive,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param design           the design's name, e.g. {@code plus.recycled.plastic.black.2023}
     * @param assets           links to pictures of the card's front
     * @param theme            the design's colour theme
     * @param gradientHexColor the design's gradient colour, in hexadecimal
     * @param isActive         whether cards can still be ordered in this design; null on a card's own appearance
     * @param otherFields      the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardAppearance {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Links to pictures of the card's front, by size. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assets(String frontLarge, String frontSmall, String frontSmallWallet,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param frontLarge       a link to a large picture of the front
         * @param frontSmall       a link to a small picture of the front
         * @param frontSmallWallet a link to a small picture of the front, as wallets show it
         * @param otherFields      the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Assets {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
