package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An international beneficiary to create or update, against a quote: the currency, the requirement type chosen among
 * those Qonto lists for it, and the details that type asks for, by the keys Qonto gives them (sent as written).
 * Asking for the requirements takes the same body, with the details known so far and, for an existing beneficiary,
 * its id.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInternationalBeneficiary(String quoteId, String beneficiaryId, Payload payload)
        implements QontoInput {

    /** The account to pay: currency, requirement type and its details. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payload(String currency, String type, Map<String, Object> details) {

        /**
         * Keeps its own copy of the details.
         *
         * @param currency the currency the beneficiary is paid in
         * @param type     the requirement type the details answer
         * @param details  the details the requirements ask for, sent as written
         */
        public Payload {
            details = details == null ? null : OtherFields.copyOf(details);
        }

        @Override
        public String toString() {
            // the details hold account numbers and addresses
            return "Payload[currency=" + currency + ", type=" + type + ", details="
                    + (details == null ? null : details.keySet()) + "]";
        }
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("international beneficiary").required("quote_id", quoteId);
        if (payload == null) {
            validation.add("payload", "is required (currency, type and details)");
        } else {
            validation.currency("payload.currency", payload.currency())
                    .required("payload.type", payload.type())
                    .required("payload.details", payload.details());
        }
        validation.throwIfInvalid();
    }
}
