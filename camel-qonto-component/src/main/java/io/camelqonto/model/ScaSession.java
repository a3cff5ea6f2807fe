package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * State of a Strong Customer Authentication session: {@code result} is {@code waiting}, {@code allow} or
 * {@code deny}, kept as Qonto spells it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScaSession(String result, Instant canceledAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param result      the result: {@code waiting}, {@code allow} or {@code deny}
     * @param canceledAt  when the session was canceled, if it was
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public ScaSession {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Qonto gives a session no id in its answer; the token that names it travels in the path. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String status() {
        return result;
    }

    // ignored for JSON: written back, a session must hold only the keys Qonto sent
    /** {@return whether the user approved the action} */
    @JsonIgnore
    public boolean isAllowed() {
        return "allow".equals(result);
    }

    /** {@return whether the user refused the action} */
    @JsonIgnore
    public boolean isDenied() {
        return "deny".equals(result);
    }
}
