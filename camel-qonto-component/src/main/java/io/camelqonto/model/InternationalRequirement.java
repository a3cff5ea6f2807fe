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

    public InternationalRequirement {
        fields = fields == null ? null : List.copyOf(fields);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A named group of inputs, shown together. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, List<Input> group,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

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
