package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A label transactions can be tagged with. Labels nest one level: {@code parentId} names the parent, if any. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(String id, String name, String parentId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id          its id
     * @param name        its name
     * @param parentId    the id of its parent label, if any
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Label {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "Label[id=" + id + ", name=" + name + ", parentId=" + parentId + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
