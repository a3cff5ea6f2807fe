package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What Qonto answers to an encoded request its client SDK built: {@code data}, encoded in turn, for the partner's
 * backend to hand back to the SDK as it is. It may hold anything the proxied call answered, so {@link #toString()}
 * leaves it out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncodedResponse(String data, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param data        the answer, encoded for Qonto's client SDK
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public EncodedResponse {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Qonto's answer carries no id. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "EncodedResponse[data=" + (data == null ? null : data.length() + " characters") + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
