package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What a card may be used for: cash withdrawals, contactless, online and foreign payments. Nulls are not sent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardOptions(Boolean atmOption, Boolean nfcOption, Boolean onlineOption, Boolean foreignOption,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param atmOption     whether the card may withdraw cash
     * @param nfcOption     whether the card may pay contactless
     * @param onlineOption  whether the card may pay online
     * @param foreignOption whether the card may pay abroad
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardOptions {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("card options");
        if (atmOption == null && nfcOption == null && onlineOption == null && foreignOption == null
                && otherFields.isEmpty()) {
            validation.add("card", "sets no option");
        }
        InputFields.check(validation, "card.", otherFields).throwIfInvalid();
    }
}
