package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A member's request for a virtual card, which a reviewer approves or declines: a card that spends at most
 * {@code paymentMonthlyLimit} a month, a decimal string ("500.00") as Qonto requires.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewVirtualCardRequest(String note, String paymentMonthlyLimit, String cardLevel, String cardDesign,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    public NewVirtualCardRequest {
        otherFields = OtherFields.copyOf(otherFields);
    }

    public static NewVirtualCardRequest of(String note, String paymentMonthlyLimit) {
        return new NewVirtualCardRequest(note, paymentMonthlyLimit, null, null, null);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("virtual card request")
                .amount("request_virtual_card.payment_monthly_limit", paymentMonthlyLimit);
        InputFields.check(validation, "request_virtual_card.", otherFields).throwIfInvalid();
    }
}
