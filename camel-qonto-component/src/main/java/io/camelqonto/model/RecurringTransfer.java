package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A SEPA recurring transfer: a transfer repeated at {@code frequency} from the first execution date to the last one
 * (none: forever). Each execution is a {@link SepaTransfer} carrying this id as {@code recurring_transfer_id}. Dates
 * are kept as Qonto writes them ({@code yyyy-MM-dd}); {@code nextExecutionDate} is null once canceled or finished.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecurringTransfer(String id, String initiatorId, String bankAccountId, BigDecimal amount,
        Long amountCents, String amountCurrency, String beneficiaryId, String reference, String note,
        String firstExecutionDate, String lastExecutionDate, String nextExecutionDate, String frequency,
        Instant createdAt, Instant updatedAt, String status,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel {

    public RecurringTransfer {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "RecurringTransfer[id=" + id + ", beneficiaryId=" + beneficiaryId + ", amount=" + amount + " "
                + amountCurrency + ", frequency=" + frequency + ", status=" + status + ", nextExecutionDate="
                + nextExecutionDate + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
