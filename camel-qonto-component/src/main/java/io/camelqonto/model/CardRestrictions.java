package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * When and where a card may pay: the days of the week, 1 (Monday) to 7 (Sunday), and the merchant categories (such
 * as {@code transport} or {@code restaurant_and_bar}); an empty list of categories lifts the restriction.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardRestrictions(List<Integer> activeDays, List<String> categories,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the active days, the categories and the keys beyond the declared ones.
     *
     * @param activeDays  the days of the week the card may pay on, 1 (Monday) to 7 (Sunday)
     * @param categories  the merchant categories the card may pay at; none means all
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CardRestrictions {
        activeDays = activeDays == null ? null : List.copyOf(activeDays);
        categories = categories == null ? null : List.copyOf(categories);
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("card restrictions");
        checkDays(validation, "card.active_days", activeDays);
        if (activeDays == null && categories == null && otherFields.isEmpty()) {
            validation.add("card", "sets neither active_days nor categories");
        }
        InputFields.check(validation, "card.", otherFields).throwIfInvalid();
    }

    /** Days are 1 (Monday) to 7 (Sunday), each at most once. */
    static void checkDays(Validation validation, String field, List<Integer> days) {
        if (days == null) {
            return;
        }
        for (Integer day : days) {
            if (day == null || day < 1 || day > 7) {
                validation.add(field, "holds " + day + "; days are 1 (Monday) to 7 (Sunday)");
            }
        }
        if (days.stream().distinct().count() < days.size()) {
            validation.add(field, "names a day twice");
        }
    }
}
