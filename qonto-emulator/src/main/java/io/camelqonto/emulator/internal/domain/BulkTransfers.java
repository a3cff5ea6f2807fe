package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SEPA bulk transfers. Qonto processes the items after answering; the emulator processes them at once, so a bulk
 * transfer is never seen with pending items: each item's result is {@code completed} with the SEPA transfer it made,
 * or {@code failed} with its errors.
 */
public final class BulkTransfers {

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Transfers transfers;

    BulkTransfers(DataStore data, Supplier<Instant> now, Transfers transfers) {
        this.data = data;
        this.now = now;
        this.transfers = transfers;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.transferTables().bulkTransfers().get(id);
    }

    public ObjectNode create(String bankAccountId, List<BulkItem> items) {
        String timestamp = Timestamps.format(now.get());
        ArrayNode results = Json.array();
        int completed = 0;
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            ObjectNode result = Json.object().put("client_transfer_id", item.clientTransferId());
            if (item.failure() == null) {
                ObjectNode transfer = transfers.create(new TransferOrder(bankAccountId, item.beneficiaryId(),
                        item.amountCents(), item.reference(), item.note(), item.scheduledDate()));
                result.put("transfer_id", transfer.get("id").asText()).putNull("errors").put("status", "completed");
                completed++;
            } else {
                // Qonto's reference nests each item's errors one level down: [{"errors": [{code, detail}]}]
                ObjectNode error = Json.object().put("code", item.failure().code())
                        .put("detail", item.failure().detail());
                error.set("source", Json.object()
                        .put("pointer", "/bulk_transfers/" + i + "/" + item.failure().field()));
                result.putNull("transfer_id");
                result.set("errors", Json.array(List.of(Json.object().set("errors", Json.array(List.of(error))))));
                result.put("status", "failed");
            }
            results.add(result);
        }
        ObjectNode bulk = Json.object()
                .put("id", data.ids().uuid("bulk_transfer"))
                .put("initiator_id", data.membershipId())
                .put("created_at", timestamp)
                .put("updated_at", timestamp)
                .put("total_count", items.size())
                .put("completed_count", completed)
                .put("pending_count", 0)
                .put("failed_count", items.size() - completed);
        bulk.set("results", results);
        data.transferTables().bulkTransfers().put(bulk);
        return bulk;
    }
}
