package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Whether the organization may send international transfers ({@code eligible}), and if not, why. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalEligibility(String eligible, String reason,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param eligible    whether the organization may send international transfers
     * @param reason      why not, when it may not
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalEligibility {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Eligibility is the organization's, which has its own id. */
    @Override
    public String id() {
        return null;
    }

    /** The eligibility as Qonto spells it, e.g. {@code eligible} or {@code ineligible}. */
    @Override
    public String status() {
        return eligible;
    }

    @Override
    public String toString() {
        return "InternationalEligibility[eligible=" + eligible + ", reason=" + reason + "]";
    }
}
