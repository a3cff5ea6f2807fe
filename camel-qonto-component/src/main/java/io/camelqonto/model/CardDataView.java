package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a card's full number, expiry and CVV can be shown to its holder: a page of Qonto's, to embed in an iframe
 * (Qonto recommends 504 by 460 pixels). The link leads to card data, so it is kept out of {@link #toString()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardDataView(String iframeUrl, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param iframeUrl   the link of the page, to embed in an iframe
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardDataView {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The view belongs to the card asked about; Qonto's answer repeats no id. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "CardDataView[iframeUrl=" + (iframeUrl == null ? null : "(hidden)") + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
