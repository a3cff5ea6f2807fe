package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to a legacy checkout: the external transfers made, and the errors of those that were not
 * ({@code {code, detail, source}} each, kept as sent).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckedOutTransfers(List<ExternalTransfer> externalTransfers, List<Map<String, Object>> errors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the external transfers, the errors and the keys beyond the declared ones.
     *
     * @param externalTransfers the transfers made
     * @param errors            the errors of the transfers that were not made, {@code {code, detail, source}} each
     * @param otherFields       the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public CheckedOutTransfers {
        externalTransfers = externalTransfers == null ? null : List.copyOf(externalTransfers);
        errors = errors == null ? null : errors.stream().map(OtherFields::copyOf).toList();
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** A checkout has no id of its own; each transfer made has one. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "CheckedOutTransfers[externalTransfers=" + (externalTransfers == null ? 0 : externalTransfers.size())
                + ", errors=" + (errors == null ? 0 : errors.size()) + "]";
    }
}
