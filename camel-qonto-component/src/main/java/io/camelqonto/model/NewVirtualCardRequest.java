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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param note                the requester's note to the reviewer
     * @param paymentMonthlyLimit the most the card may spend in a month, a decimal string
     * @param cardLevel           the card's level
     * @param cardDesign          the card's design
     * @param otherFields         the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewVirtualCardRequest {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A request with Qonto's default level and design.
     *
     * @param note                the requester's note to the reviewer
     * @param paymentMonthlyLimit the most the card may spend in a month, a decimal string
     * @return the request
     */
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
