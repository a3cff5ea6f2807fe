package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A legacy external transfer, which Qonto has deprecated in favour of {@link SepaTransfer}. Amounts and cents are
 * decimal strings, as Qonto sends them here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalTransfer(String id, String slug, String debitIban, String debitAmount, String debitAmountCents,
        String debitCurrency, String initiatorId, String beneficiaryId, String creditAmount, String creditAmountCents,
        String creditCurrency, String reference, String status, Instant createdAt, String scheduledDate,
        String rateApplied, String paymentPurpose, String note, String declinedReason, Instant completedAt,
        Instant processedAt, String transactionId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public ExternalTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "ExternalTransfer[id=" + id + ", debitIban=" + Iban.mask(debitIban) + ", beneficiaryId="
                + beneficiaryId + ", debitAmount=" + debitAmount + " " + debitCurrency + ", status=" + status
                + ", reference=" + reference + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
