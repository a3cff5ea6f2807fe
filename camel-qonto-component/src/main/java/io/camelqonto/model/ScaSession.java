package io.camelqonto.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** State of a Strong Customer Authentication session: {@code waiting}, {@code allow} or {@code deny}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScaSession(String result, String canceledAt) {

    /** {@return whether the user approved the action} */
    public boolean isAllowed() {
        return "allow".equals(result);
    }

    /** {@return whether the user refused the action} */
    public boolean isDenied() {
        return "deny".equals(result);
    }
}
