package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One attempt of a customer to pay through a payment link; {@code paidAt} stays null until it succeeds. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentLinkPayment(String id, Money amount, String status, Instant createdAt, String paymentMethod,
        Instant paidAt, String debitorEmail,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public PaymentLinkPayment {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Without the payer's e-mail address. */
    @Override
    public String toString() {
        return "PaymentLinkPayment[id=" + id + ", amount=" + amount + ", status=" + status + ", paymentMethod="
                + paymentMethod + ", paidAt=" + paidAt + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
