package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A PDF document of an insurance contract; {@code type} is the caller's word for it, e.g. contract or statement. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsuranceDocument(String id, String name, String type,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id          its id
     * @param name        its name
     * @param type        what the document is, e.g. contract or statement
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InsuranceDocument {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "InsuranceDocument[id=" + id + ", name=" + name + ", type=" + type + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
