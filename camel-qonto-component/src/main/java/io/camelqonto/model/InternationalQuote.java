package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A quote for an international transfer: the rate and fees Qonto holds until {@code expiredAt}. Beneficiaries and
 * transfers are made against a quote; a transfer sends its source and target amounts.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalQuote(String id, String status, Instant createdAt, Instant expiredAt,
        CurrencyAmount sourceAmount, CurrencyAmount targetAmount, BigDecimal rate, Fees fees,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id           its id
     * @param status       its status
     * @param createdAt    when it was created
     * @param expiredAt    until when Qonto holds the rate and fees
     * @param sourceAmount the amount sent, in the source currency
     * @param targetAmount the amount received, in the target currency
     * @param rate         the exchange rate
     * @param fees         what the transfer costs
     * @param otherFields  the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public InternationalQuote {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /** What the transfer costs: the total, and its parts. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fees(CurrencyAmount totalAmount, List<CurrencyAmount> details,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the details and the keys beyond the declared ones.
         *
         * @param totalAmount what the transfer costs in all
         * @param details     the parts of the cost
         * @param otherFields the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public Fees {
            details = details == null ? null : List.copyOf(details);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    @Override
    public String toString() {
        return "InternationalQuote[id=" + id + ", status=" + status + ", sourceAmount=" + sourceAmount
                + ", targetAmount=" + targetAmount + ", rate=" + rate + ", expiredAt=" + expiredAt + "]";
    }
}
