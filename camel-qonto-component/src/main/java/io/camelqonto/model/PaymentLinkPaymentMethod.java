package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A way to pay ({@code credit_card}, {@code paypal}, {@code ideal}...) and whether payment links can offer it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentLinkPaymentMethod(String name, Boolean enabled,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param name        the way to pay, e.g. {@code credit_card}, {@code paypal} or {@code ideal}
     * @param enabled     whether payment links can offer it
     * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public PaymentLinkPaymentMethod {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** Null: a payment method is known by its name. */
    @Override
    public String id() {
        return null;
    }

    @Override
    public String toString() {
        return "PaymentLinkPaymentMethod[name=" + name + ", enabled=" + enabled + ", otherFields="
                + OtherFields.describe(otherFields) + "]";
    }
}
