package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SEPA recurring transfers: each execution is a SEPA transfer carrying the recurring transfer's id. The emulator has no
 * scheduler: an execution due on the day of creation is made at once, later ones never.
 */
public final class RecurringTransfers {

    public static final List<String> FREQUENCIES = List.of("weekly", "monthly", "quarterly", "half_yearly", "yearly");

    // Inferred: Qonto documents a status string without its values.
    public static final String ACTIVE = "active";
    public static final String CANCELED = "canceled";
    public static final String FINISHED = "finished";

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Transfers transfers;

    RecurringTransfers(DataStore data, Supplier<Instant> now, Transfers transfers) {
        this.data = data;
        this.now = now;
        this.transfers = transfers;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.transferTables().recurringTransfers().get(id);
    }

    public ObjectNode create(RecurringOrder order) {
        String timestamp = Timestamps.format(now.get());
        LocalDate today = LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
        ObjectNode recurring = Json.object()
                .put("id", data.ids().uuid("recurring_transfer"))
                .put("initiator_id", data.membershipId())
                .put("bank_account_id", order.bankAccountId())
                .put("amount", Money.number(order.amountCents()))
                .put("amount_cents", order.amountCents())
                .put("amount_currency", "EUR")
                .put("beneficiary_id", order.beneficiaryId())
                .put("reference", order.reference())
                .put("note", order.note())
                .put("first_execution_date", Timestamps.format(order.firstExecutionDate()))
                .put("last_execution_date", order.lastExecutionDate() == null ? null
                        : Timestamps.format(order.lastExecutionDate()))
                .put("next_execution_date", Timestamps.format(order.firstExecutionDate()))
                .put("frequency", order.frequency())
                .put("created_at", timestamp)
                .put("updated_at", timestamp)
                .put("status", ACTIVE);
        data.transferTables().recurringTransfers().put(recurring);
        if (order.firstExecutionDate().equals(today)) {
            execute(recurring, order, today);
        }
        return recurring;
    }

    /** No further executions; the transfers already made stay as they are. */
    public ObjectNode cancel(ObjectNode recurring) {
        return recurring.put("status", CANCELED).putNull("next_execution_date")
                .put("updated_at", Timestamps.format(now.get()));
    }

    private void execute(ObjectNode recurring, RecurringOrder order, LocalDate today) {
        ObjectNode transfer = transfers.create(new TransferOrder(order.bankAccountId(), order.beneficiaryId(),
                order.amountCents(), order.reference(), order.note(), today));
        transfer.put("recurring_transfer_id", recurring.get("id").asText());
        LocalDate next = next(today, order.frequency());
        if (order.lastExecutionDate() != null && next.isAfter(order.lastExecutionDate())) {
            recurring.put("status", FINISHED).putNull("next_execution_date");
        } else {
            recurring.put("next_execution_date", Timestamps.format(next));
        }
    }

    /** The execution after {@code date}. */
    public static LocalDate next(LocalDate date, String frequency) {
        return switch (frequency) {
            case "weekly" -> date.plusWeeks(1);
            case "monthly" -> date.plusMonths(1);
            case "quarterly" -> date.plusMonths(3);
            case "half_yearly" -> date.plusMonths(6);
            case "yearly" -> date.plusYears(1);
            default -> throw new IllegalArgumentException("Unknown frequency " + frequency + ", expected one of "
                    + FREQUENCIES);
        };
    }
}
