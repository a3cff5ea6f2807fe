package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An international transfer in the making, to ask what its {@code details} must hold: the quote, the beneficiary's
 * target account, and the details known so far (sent as written).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternationalTransferDraft(String quoteId, String targetAccountId, Map<String, Object> details)
        implements QontoInput {

    /**
     * Keeps its own copy of the details.
     *
     * @param quoteId         the id of the quote
     * @param targetAccountId the id of the beneficiary's target account
     * @param details         the details known so far, sent as written
     */
    public InternationalTransferDraft {
        details = details == null ? Map.of() : OtherFields.copyOf(details);
    }

    @Override
    public void validate() {
        Validation.of("international transfer requirements")
                .required("quote_id", quoteId)
                .required("target_account_id", targetAccountId)
                .throwIfInvalid();
    }

    @Override
    public String toString() {
        return "InternationalTransferDraft[quoteId=" + quoteId + ", targetAccountId=" + targetAccountId
                + ", details=" + details.keySet() + "]";
    }
}
