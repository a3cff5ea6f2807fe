package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An international transfer to make: to a beneficiary's target account, on the terms of a quote (its source and target
 * amounts, sent again), from a euro account, with the details the transfer's requirements ask for (sent as written).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInternationalTransfer(String beneficiaryId, String quoteId, String targetAccountId,
        String bankAccountId, CurrencyAmount sourceAmount, CurrencyAmount targetAmount, Map<String, Object> details,
        List<String> attachmentIds) implements QontoInput {

    /**
     * Keeps its own copy of the details and the attachment ids.
     *
     * @param beneficiaryId   the id of the beneficiary
     * @param quoteId         the id of the quote
     * @param targetAccountId the id of the beneficiary's target account
     * @param bankAccountId   the id of the euro account to debit
     * @param sourceAmount    the quote's source amount
     * @param targetAmount    the quote's target amount
     * @param details         the details the transfer's requirements ask for, sent as written
     * @param attachmentIds   the ids of its attachments
     */
    public NewInternationalTransfer {
        details = details == null ? null : OtherFields.copyOf(details);
        attachmentIds = attachmentIds == null ? null : List.copyOf(attachmentIds);
    }

    @Override
    public void validate() {
        Validation validation = Validation.of("international transfer")
                .required("beneficiary_id", beneficiaryId)
                .required("quote_id", quoteId)
                .required("target_account_id", targetAccountId)
                .required("bank_account_id", bankAccountId)
                .required("details", details);
        for (String side : new String[] {"source_amount", "target_amount"}) {
            CurrencyAmount amount = "source_amount".equals(side) ? sourceAmount : targetAmount;
            if (amount == null) {
                validation.add(side, "is required (the quote's " + side + ")");
            } else {
                amount.validate(validation, side);
            }
        }
        validation.throwIfInvalid();
    }

    @Override
    public String toString() {
        return "NewInternationalTransfer[beneficiaryId=" + beneficiaryId + ", quoteId=" + quoteId + ", sourceAmount="
                + sourceAmount + ", targetAmount=" + targetAmount + "]";
    }
}
