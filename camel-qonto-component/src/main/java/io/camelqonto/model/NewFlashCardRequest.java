package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A member's request for a flash card, which a reviewer approves or declines: a card that spends at most
 * {@code paymentLifespanLimit} in all, a decimal string ("250.00") as Qonto requires, until {@code preExpiresAt}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewFlashCardRequest(String note, String paymentLifespanLimit, Instant preExpiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoInput {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param note                 the requester's note to the reviewer
     * @param paymentLifespanLimit the most the card may spend in all, a decimal string
     * @param preExpiresAt         when the card stops working
     * @param otherFields          the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public NewFlashCardRequest {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A request with nothing beside its note, limit and end.
     *
     * @param note                 the requester's note to the reviewer
     * @param paymentLifespanLimit the most the card may spend in all, a decimal string
     * @param preExpiresAt         when the card stops working
     * @return the request
     */
    public static NewFlashCardRequest of(String note, String paymentLifespanLimit, Instant preExpiresAt) {
        return new NewFlashCardRequest(note, paymentLifespanLimit, preExpiresAt, null);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("flash card request")
                .amount("request_flash_card.payment_lifespan_limit", paymentLifespanLimit);
        InputFields.check(validation, "request_flash_card.", otherFields).throwIfInvalid();
    }
}
