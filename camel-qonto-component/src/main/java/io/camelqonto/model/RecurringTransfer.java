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

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                 its id
     * @param initiatorId        the id of the member who initiated it
     * @param bankAccountId      the id of the account debited
     * @param amount             the amount of each transfer
     * @param amountCents        the amount in cents
     * @param amountCurrency     the currency of the amount
     * @param beneficiaryId      the id of the beneficiary
     * @param reference          the reference the beneficiary sees
     * @param note               an internal note
     * @param firstExecutionDate the day of the first transfer
     * @param lastExecutionDate  the day of the last transfer; none means until canceled
     * @param nextExecutionDate  the day of the next transfer
     * @param frequency          how often the transfer is made, e.g. {@code monthly}
     * @param createdAt          when it was created
     * @param updatedAt          when it was last updated
     * @param status             its status, as Qonto spells it
     * @param otherFields        the keys beyond the declared ones, kept and written back as they are; none when null
     */
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
