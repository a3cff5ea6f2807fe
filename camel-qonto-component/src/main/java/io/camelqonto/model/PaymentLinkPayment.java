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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id            its id
     * @param amount        the amount paid
     * @param status        its status
     * @param createdAt     when it was created
     * @param paymentMethod how the customer paid, e.g. {@code credit_card}
     * @param paidAt        when it succeeded; null until it does
     * @param debitorEmail  the e-mail address of the customer who paid
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
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
