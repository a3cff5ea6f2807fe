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

    public EInvoicingEvent {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "EInvoicingEvent[statusCode=" + statusCode + ", reason=" + reason + ", timestamp=" + timestamp
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
