package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What an international beneficiary or transfer of one {@code type} must give in its {@code details}: groups of
 * fields, each field with its key, format and allowed values. A field marked {@code refreshRequirementsOnChange}
 * changes what else is required: ask again with its value set.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalRequirement(String type, List<Field> fields,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the fields and the keys beyond the declared ones.
     *
     * @param type        the payment type the details are for
     * @param fields      the groups of fields to give
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalRequirement {
        fields = fields == null ? null : List.copyOf(fields);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A named group of inputs, shown together. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, List<Input> group,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the group and the keys beyond the declared ones.
         *
         * @param name        the group's name
         * @param group       the inputs of the group
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Field {
            group = group == null ? null : List.copyOf(group);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** One input: the key it goes under in {@code details}, its kind (text, select, radio, date) and its rules. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Input(String key, String name, String type, Boolean refreshRequirementsOnChange, Boolean required,
            String displayFormat, String example, Integer minLength, Integer maxLength, String validationRegexp,
            List<AllowedValue> valuesAllowed, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the allowed values and the keys beyond the declared ones.
         *
         * @param key                         the key the value goes under in {@code details}
         * @param name                        the input's label
         * @param type                        the input's kind: text, select, radio or date
         * @param refreshRequirementsOnChange whether a change of this input changes the requirements, which are then
         *                                    asked again
         * @param required                    whether the input is required
         * @param displayFormat               the format the value is shown in
         * @param example                     an example value
         * @param minLength                   the fewest characters the value may have
         * @param maxLength                   the most characters the value may have
         * @param validationRegexp            the regular expression the value must match
         * @param valuesAllowed               the values a select or radio input accepts
         * @param otherFields                 the keys beyond the declared ones, kept and written back as they are; none
         *                                    when null
         */
        public Input {
            valuesAllowed = valuesAllowed == null ? null : List.copyOf(valuesAllowed);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A value a select or radio input accepts ({@code key}) and its label ({@code value}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllowedValue(String key, String value,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param key         the value to send
         * @param value       its label
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public AllowedValue {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /** A requirement is known by its type. */
    @Override
    public String id() {
        return type;
    }

    @Override
    public String toString() {
        return "InternationalRequirement[type=" + type + ", fields=" + (fields == null ? 0 : fields.size()) + "]";
    }
}
