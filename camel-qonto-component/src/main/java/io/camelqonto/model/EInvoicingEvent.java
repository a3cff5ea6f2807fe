package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A step of an e-invoice's life on the e-invoicing network: its status code, why, and when. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EInvoicingEvent(Integer statusCode, String reason, String reasonMessage, Instant timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param statusCode    the step's status code
     * @param reason        why, as a code
     * @param reasonMessage why, in words
     * @param timestamp     when it happened
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public EInvoicingEvent {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "EInvoicingEvent[statusCode=" + statusCode + ", reason=" + reason + ", timestamp=" + timestamp
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
