package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SEPA transfers in every status. Settled ones get their transaction from the transaction seeder, which
 * fills in {@code transaction_id}.
 */
final class TransferSeeder {

    private static final List<String> STATUSES = statuses();

    private final SeedContext context;

    TransferSeeder(SeedContext context) {
        this.context = context;
    }

    private static List<String> statuses() {
        List<String> statuses = new ArrayList<>();
        statuses.addAll(Collections.nCopies(14, "settled"));
        statuses.addAll(Collections.nCopies(8, "pending"));
        statuses.addAll(Collections.nCopies(5, "processing"));
        statuses.addAll(Collections.nCopies(4, "declined"));
        statuses.addAll(Collections.nCopies(5, "canceled"));
        return statuses;
    }

    void seed(ResourceTable transfers, ResourceTable beneficiaries, String mainAccountId, List<String> members) {
        List<ObjectNode> validated = beneficiaries.where(b -> "validated".equals(b.get("status").asText()));
        List<String> recurringIds = List.of(context.ids().uuid("recurring_transfer"),
                context.ids().uuid("recurring_transfer"));
        for (int i = 0; i < STATUSES.size(); i++) {
            String status = STATUSES.get(i);
            ObjectNode beneficiary = context.pick(validated);
            Instant createdAt = context.daysBeforeAnchor(45, 1);
            transfers.put(transfer(i, status, beneficiary, createdAt, mainAccountId, context.pick(members),
                    i % 9 == 0 ? recurringIds.get(i % 2) : null));
        }
    }

    private ObjectNode transfer(int index, String status, ObjectNode beneficiary, Instant createdAt,
            String accountId, String initiatorId, String recurringTransferId) {
        long cents = context.centsBetween(5_000, 1_200_000);
        Instant processedAt = "pending".equals(status) || "canceled".equals(status)
                ? null : context.later(createdAt, 60 * 6);
        Instant completedAt = "settled".equals(status) ? context.later(processedAt, 60 * 24) : null;
        Instant updatedAt = completedAt != null ? completedAt
                : processedAt != null ? processedAt : context.later(createdAt, 60 * 12);
        LocalDate scheduledDate = "pending".equals(status)
                ? LocalDate.ofInstant(SeedContext.ANCHOR, ZoneOffset.UTC).plusDays(context.between(0, 20))
                : LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        ObjectNode transfer = Json.object()
                .put("id", context.ids().uuid("transfer"))
                .put("initiator_id", initiatorId)
                .put("amount", Money.number(cents))
                .put("amount_cents", cents)
                .put("amount_currency", "EUR")
                .put("beneficiary_id", beneficiary.get("id").asText())
                .put("status", status)
                .put("scheduled_date", Timestamps.format(scheduledDate))
                .put("created_at", Timestamps.format(createdAt))
                .put("updated_at", Timestamps.format(updatedAt))
                .put("bank_account_id", accountId)
                .put("reference", "Invoice INV-2025-" + (1200 + index));
        transfer.set("note", context.chance(0.3) ? Json.tree(context.pick(SeedCatalog.NOTES)) : null);
        transfer.put("declined_reason", "declined".equals(status)
                ? context.pick(List.of("beneficiary_bic_invalid", "debit_account_insufficient_funds")) : null);
        transfer.put("processed_at", Timestamps.formatOrNull(processedAt));
        transfer.put("completed_at", Timestamps.formatOrNull(completedAt));
        transfer.putNull("transaction_id");
        return transfer.put("recurring_transfer_id", recurringTransferId);
    }
}
