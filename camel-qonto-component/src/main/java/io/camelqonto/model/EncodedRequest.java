package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A request Qonto's client SDK encoded for the partner's backend to forward: {@code data}, as the SDK gave it. What it
 * holds is the SDK's business, so {@link #toString()} leaves it out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncodedRequest(String data, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields)
        implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param data        the request, as Qonto's client SDK encoded it
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public EncodedRequest {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public void validate() {
        Validation.of("encoded request").required("data", data).throwIfInvalid();
    }

    @Override
    public String toString() {
        return "EncodedRequest[data=" + (data == null ? null : data.length() + " characters") + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
