package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Whether the organization sends and receives e-invoices through Qonto (e.g. {@code enabled},
 * {@code pending_creation}); Qonto answers its defaults for countries without e-invoicing. Statuses are strings
 * because Qonto adds values without notice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EinvoicingSettings(String sendingStatus, String receivingStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param sendingStatus   whether the organization sends e-invoices
     * @param receivingStatus whether the organization receives e-invoices
     * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public EinvoicingSettings {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** The settings are the organization's; they have no id of their own. */
    @Override
    public String id() {
        return null;
    }
}
